using System.Text.Json;
using Kie.Sdk.Testing.Files;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing.Tasks;

/// <summary>
/// Writes a task record exactly as KIE does: the <c>data</c> of recordInfo and of a Market callback. Note the JSON
/// held in strings (<c>param</c>, <c>resultJson</c>) and the Unix-millisecond times.
/// </summary>
internal static class TaskRecordWriter
{
    public const string CallbackSuccessMessage = "Playground task completed successfully.";

    public static void Write(Utf8JsonWriter writer, KieSimulatorTask task, DateTimeOffset now)
    {
        var phase = task.PhaseAt(now);
        var succeeded = phase.IsFinal && task.Timeline.Succeeds;
        var failed = phase.IsFinal && !task.Timeline.Succeeds;
        writer.WriteStartObject();
        writer.WriteString("taskId", task.TaskId);
        writer.WriteString("model", task.Model);
        writer.WriteString("state", phase.State);
        writer.WriteString("param", ParamJson(task));
        writer.WriteString("resultJson", succeeded ? ResultJson(task) : string.Empty);
        writer.WriteString("failCode", failed ? task.Outcome.FailCode : string.Empty);
        writer.WriteString("failMsg", failed ? task.Outcome.FailMessage : string.Empty);
        writer.WriteNumber("successFlag", succeeded ? 1 : failed ? 3 : 0);
        if (phase.IsFinal)
        {
            writer.WriteNumber("creditsConsumed", succeeded ? task.Price : 0m);

            // Seconds: both of KIE's examples match their timestamps in seconds, despite one doc saying ms.
            writer.WriteNumber("costTime", (long)phase.Since.TotalSeconds);
        }
        else
        {
            writer.WriteNull("creditsConsumed");
            writer.WriteNull("costTime");
        }

        writer.WriteNumber("createTime", task.CreatedAt.ToUnixTimeMilliseconds());
        writer.WriteNumber("updateTime", (task.CreatedAt + phase.Since).ToUnixTimeMilliseconds());
        if (phase.IsFinal)
        {
            writer.WriteNumber("completeTime", (task.CreatedAt + phase.Since).ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNull("completeTime");
        }

        writer.WriteEndObject();
    }

    /// <summary>The body KIE posts to <c>callBackUrl</c> when the task has finished.</summary>
    public static byte[] CallbackBody(KieSimulatorTask task, DateTimeOffset now) => JsonBodies.Write((task, now), static (writer, state) =>
    {
        var succeeded = state.task.Timeline.Succeeds;
        writer.WriteStartObject();
        writer.WriteNumber("code", succeeded ? 200 : 501);
        writer.WriteString("msg", succeeded ? CallbackSuccessMessage : state.task.Outcome.FailMessage);
        writer.WritePropertyName("data");
        Write(writer, state.task, state.now);
        writer.WriteEndObject();
    });

    private static string ParamJson(KieSimulatorTask task) => System.Text.Encoding.UTF8.GetString(JsonBodies.Write(task, static (writer, task) =>
    {
        writer.WriteStartObject();
        writer.WriteString("model", task.Model);
        if (task.CallbackUrl is { } callback)
        {
            writer.WriteString("callBackUrl", callback.OriginalString);
        }

        writer.WritePropertyName("input");
        writer.WriteRawValue(task.InputJson, skipInputValidation: true);
        writer.WriteEndObject();
    }));

    private static string ResultJson(KieSimulatorTask task) => System.Text.Encoding.UTF8.GetString(JsonBodies.Write(task, static (writer, task) =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("resultUrls");
        foreach (var url in ResultFiles.UrlsOf(task))
        {
            writer.WriteStringValue(url.AbsoluteUri);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }));
}
