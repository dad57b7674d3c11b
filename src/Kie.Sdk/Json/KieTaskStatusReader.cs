using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Json;

/// <summary>Builds a <see cref="KieTaskStatus"/> from a task record (the <c>data</c> of recordInfo or of a callback).</summary>
internal static class KieTaskStatusReader
{
    /// <summary>Reads a task record. Never throws for odd field types; a field that cannot be read stays empty.</summary>
    /// <param name="data">The record object.</param>
    /// <param name="fallbackTaskId">The id to use when the record carries none (the id that was asked for).</param>
    public static KieTaskStatus Read(JsonElement data, string? fallbackTaskId = null)
    {
        var rawState = data.GetText("state") ?? data.GetText("status");
        var state = KieTaskStateParser.Parse(rawState);
        if (rawState is null && data.GetInt64("successFlag") is { } flag)
        {
            rawState = flag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            state = KieTaskStateParser.FromSuccessFlag((int)flag);
        }

        var result = data.GetEmbeddedJson("resultJson");
        var response = data.GetEmbeddedJson("response");
        var results = new List<Uri>();
        var firstFrames = new List<Uri>();
        var lastFrames = new List<Uri>();
        JsonElement? resultObject = null;
        foreach (var source in (ReadOnlySpan<JsonElement?>)[result, response])
        {
            if (source is not { ValueKind: JsonValueKind.Object } body)
            {
                continue;
            }

            ReadResult(body, results, firstFrames, lastFrames);
            resultObject ??= body.TryGet("resultObject", out var inner) ? inner : null;
            if (results.Count > 0)
            {
                break;
            }
        }

        return new KieTaskStatus
        {
            TaskId = data.GetText("taskId") ?? data.GetText("task_id") ?? fallbackTaskId ?? string.Empty,
            Model = data.GetText("model"),
            State = state,
            RawState = rawState,
            ResultUrls = results,
            FirstFrameUrls = firstFrames,
            LastFrameUrls = lastFrames,
            ResultObject = resultObject,
            ResultJson = data.TryGet("resultJson", out var resultText) ? AsText(resultText) : null,
            FailCode = data.GetText("failCode") ?? data.GetText("errorCode"),
            FailMessage = data.GetText("failMsg") ?? data.GetText("errorMessage"),
            CreditsConsumed = data.GetDecimal("creditsConsumed"),
            CreatedAt = data.GetUnixMilliseconds("createTime"),
            UpdatedAt = data.GetUnixMilliseconds("updateTime"),
            CompletedAt = data.GetUnixMilliseconds("completeTime"),
            CostTime = data.GetInt64("costTime"),
            Progress = data.GetInt64("progress") is { } progress and >= 0 and <= 100 ? (int)progress : null,
            Parameters = DecodeParameters(data.GetEmbeddedJson("param")),
            RawJson = data,
        };
    }

    private static void ReadResult(JsonElement body, List<Uri> results, List<Uri> firstFrames, List<Uri> lastFrames)
    {
        foreach (var key in (ReadOnlySpan<string>)["resultUrls", "result_urls", "resultVideoUrl", "resultImageUrl", "data", "sunoData"])
        {
            if (body.TryGet(key, out var urls))
            {
                JsonElementReading.CollectUrls(urls, results);
            }
        }

        if (body.TryGet("firstFrameUrl", out var first))
        {
            JsonElementReading.CollectUrls(first, firstFrames);
        }

        if (body.TryGet("lastFrameUrl", out var last))
        {
            JsonElementReading.CollectUrls(last, lastFrames);
        }
    }

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Object or JsonValueKind.Array => value.GetRawText(),
        _ => null,
    };

    /// <summary>Decodes <c>param</c>; its <c>input</c> may itself be JSON inside a string.</summary>
    private static JsonElement? DecodeParameters(JsonElement? param)
    {
        if (param is not { ValueKind: JsonValueKind.Object } request ||
            !request.TryGet("input", out var input) || input.ValueKind != JsonValueKind.String ||
            JsonElementReading.DecodeEmbedded(input) is not { ValueKind: JsonValueKind.Object } decoded)
        {
            return param;
        }

        var rebuilt = JsonObject.Create(request)!;
        rebuilt["input"] = JsonObject.Create(decoded);
        using var document = JsonDocument.Parse(rebuilt.ToJsonString());
        return document.RootElement.Clone();
    }
}
