using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Sdk.Testing.Http;
using Kie.Sdk.Testing.Tasks;

namespace Kie.Sdk.Testing.Endpoints;

/// <summary><c>POST /api/v1/jobs/createTask</c> and <c>GET /api/v1/jobs/recordInfo</c>.</summary>
internal static class TaskEndpoints
{
    private const int MaxOutputs = 4;

    public static HttpResponseMessage Create(SimulatorState state, IncomingRequest request)
    {
        var options = state.Options;
        var now = state.Time.GetUtcNow();

        // Like KIE's gateway, the limit counts every create request that gets through authentication.
        if (!state.CreateLimiter.TryAcquire(now, options.CreateRateLimit, options.CreateRateLimitWindow))
        {
            return Responses.BodyError(429, Responses.RateLimitedMessage);
        }

        using var document = request.TryParseJsonObject();
        if (document is null)
        {
            return Invalid("The request body must be a JSON object.");
        }

        var root = document.RootElement;
        if (!root.TryGetProperty("model", out var modelElement) || modelElement.ValueKind != JsonValueKind.String ||
            modelElement.GetString() is not { } model || string.IsNullOrWhiteSpace(model))
        {
            return Invalid("model is required.");
        }

        if (!root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Object)
        {
            return Invalid("input is required and must be an object.");
        }

        Uri? callbackUrl = null;
        if (root.TryGetProperty("callBackUrl", out var callback) && callback.ValueKind != JsonValueKind.Null)
        {
            if (callback.ValueKind != JsonValueKind.String ||
                !Uri.TryCreate(callback.GetString(), UriKind.Absolute, out callbackUrl) ||
                (callbackUrl.Scheme != Uri.UriSchemeHttp && callbackUrl.Scheme != Uri.UriSchemeHttps))
            {
                return Invalid("callBackUrl must be an absolute http(s) URL.");
            }
        }

        var inputJson = input.GetRawText();
        var prompt = TextOf(input, "prompt") ?? TextOf(input, "text");
        var kind = ModelKinds.Classify(model);
        var timings = ModelKinds.TimingsOf(kind, options);
        var outcome = state.Rules.Resolve(new KieSimulatorTaskContext(model, input.Clone(), callbackUrl, prompt), timings);
        if (outcome.RefusalCode is { } refusal)
        {
            return Responses.BodyError(refusal, outcome.RefusalMessage);
        }

        var price = outcome.Price ?? options.PriceOf?.Invoke(model, Copy(inputJson)) ?? ModelKinds.DefaultPrice(kind);
        if (state.Credits.Balance < price)
        {
            return Responses.Error(HttpStatusCode.PaymentRequired, 402, Responses.InsufficientCreditsMessage);
        }

        var outputs = outcome.Outputs ?? OutputsRequested(input) ?? 1;
        var task = state.AddTask(sequence =>
            new KieSimulatorTask(sequence, model, inputJson, prompt, callbackUrl, now, outcome, kind, timings, price, outputs, state.Time));
        return Responses.Success(task.TaskId, static (writer, taskId) =>
        {
            writer.WriteStartObject();
            writer.WriteString("taskId", taskId);
            writer.WriteEndObject();
        });
    }

    public static HttpResponseMessage RecordInfo(SimulatorState state, IncomingRequest request)
    {
        var taskId = request.Query("taskId");
        if (string.IsNullOrWhiteSpace(taskId))
        {
            return Responses.BodyError(400, "taskId is required.");
        }

        if (state.FindTask(taskId) is not { } task)
        {
            return Responses.BodyError(422, "recordInfo is null");
        }

        if (task.CountStatusReadAndTakeServerError())
        {
            return Responses.Error(HttpStatusCode.InternalServerError, 500, "Server Internal Error");
        }

        var now = state.Time.GetUtcNow();
        if (task.PhaseAt(now).IsFinal)
        {
            state.Settle(task);
        }

        return Responses.Success((task, now), static (writer, pair) => TaskRecordWriter.Write(writer, pair.task, pair.now));
    }

    private static HttpResponseMessage Invalid(string message) => Responses.Error(HttpStatusCode.UnprocessableEntity, 422, message);

    private static JsonObject Copy(string json) => JsonNode.Parse(json)!.AsObject();

    private static string? TextOf(JsonElement input, string name) =>
        input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>How many results the input asks for, under the names Market models use for it.</summary>
    private static int? OutputsRequested(JsonElement input)
    {
        foreach (var name in (ReadOnlySpan<string>)["num_images", "max_images", "n", "num_outputs", "number_of_images"])
        {
            if (!input.TryGetProperty(name, out var value))
            {
                continue;
            }

            var count = value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt32(out var number) => number,
                JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => (int?)null,
            };
            if (count is { } requested)
            {
                return Math.Clamp(requested, 1, MaxOutputs);
            }
        }

        return null;
    }
}
