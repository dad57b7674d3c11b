using System.Text.Json;
using static Kie.Sdk.Json.JsonElementReading;

namespace Kie.Sdk.Json;

/// <summary>Builds a <see cref="KieTaskStatus"/> from a task record (the <c>data</c> of recordInfo or of a callback).</summary>
/// <remarks>
/// On every poll of every wait, so it reads the record in one pass (<see cref="TaskRecordFields"/>) and decodes the JSON
/// held in strings into pooled documents, copying out only what the status keeps.
/// </remarks>
internal static class KieTaskStatusReader
{
    /// <summary>Reads a task record. Never throws for odd field types; a field that cannot be read stays empty.</summary>
    /// <param name="data">The record object.</param>
    /// <param name="fallbackTaskId">The id to use when the record carries none (the id that was asked for).</param>
    public static KieTaskStatus Read(JsonElement data, string? fallbackTaskId = null)
    {
        var fields = TaskRecordFields.Of(data);
        var rawState = StateText(fields.State) ?? StateText(fields.Status);
        var state = KieTaskStateParser.Parse(rawState);
        if (rawState is null && AsInt64(fields.SuccessFlag) is { } flag)
        {
            rawState = flag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            state = KieTaskStateParser.FromSuccessFlag((int)flag);
        }

        var resultText = fields.ResultJson.ValueKind == JsonValueKind.String ? fields.ResultJson.GetString() : null;
        var results = ReadResults(fields.ResultJson, fields.Response);
        return new KieTaskStatus
        {
            TaskId = TaskIdText(fields.TaskId, fallbackTaskId) ?? AsText(fields.TaskIdSnake) ?? fallbackTaskId ?? string.Empty,
            Model = AsText(fields.Model),
            State = state,
            RawState = rawState,
            ResultUrls = results.Urls ?? [],
            FirstFrameUrls = results.FirstFrames ?? [],
            LastFrameUrls = results.LastFrames ?? [],
            ResultObject = results.Object,
            ResultJson = fields.ResultJson.ValueKind switch
            {
                JsonValueKind.String => resultText is { Length: > 0 } ? resultText : null,
                JsonValueKind.Object or JsonValueKind.Array => fields.ResultJson.GetRawText(),
                _ => null,
            },
            FailCode = AsText(fields.FailCode) ?? AsText(fields.ErrorCode),
            FailMessage = AsText(fields.FailMsg) ?? AsText(fields.ErrorMessage),
            CreditsConsumed = AsDecimal(fields.CreditsConsumed),
            CreatedAt = AsUnixMilliseconds(fields.CreateTime),
            UpdatedAt = AsUnixMilliseconds(fields.UpdateTime),
            CompletedAt = AsUnixMilliseconds(fields.CompleteTime),
            CostTime = AsInt64(fields.CostTime),
            Progress = AsInt64(fields.Progress) is { } progress and >= 0 and <= 100 ? (int)progress : null,
            Parameters = ReadParameters(fields.Param),
            RawJson = data,
        };
    }

    /// <summary>The state text, without a new string for the five states KIE sends on every poll.</summary>
    private static string? StateText(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            foreach (var known in (ReadOnlySpan<string>)["generating", "success", "queuing", "waiting", "fail"])
            {
                if (value.ValueEquals(known))
                {
                    return known;
                }
            }
        }

        return AsText(value);
    }

    /// <summary>The task id text; the id asked for is reused when the record repeats it, as it does.</summary>
    private static string? TaskIdText(JsonElement value, string? asked) =>
        value.ValueKind == JsonValueKind.String && asked is { Length: > 0 } && value.ValueEquals(asked) ? asked : AsText(value);

    /// <summary>Reads <c>resultJson</c>, then <c>response</c> when the first holds no result URLs.</summary>
    private static ResultParts ReadResults(JsonElement resultJson, JsonElement response)
    {
        var parts = default(ResultParts);
        var resultScope = default(EmbeddedJson);
        var responseScope = default(EmbeddedJson);
        try
        {
            var result = Embedded(ref resultScope, resultJson);
            var answer = Embedded(ref responseScope, response);
            foreach (var (source, decodedFromText) in (ReadOnlySpan<(JsonElement?, bool)>)[(result, resultJson.ValueKind == JsonValueKind.String), (answer, response.ValueKind == JsonValueKind.String)])
            {
                if (source is not { ValueKind: JsonValueKind.Object } body)
                {
                    continue;
                }

                ReadResult(body, ref parts);
                if (parts.Object is null && body.TryGet("resultObject", out var inner))
                {
                    // Text was decoded into a pooled document: keep a copy of what outlives it.
                    parts.Object = decodedFromText ? inner.Clone() : inner;
                }

                if (parts.Urls is { Count: > 0 })
                {
                    break;
                }
            }
        }
        finally
        {
            responseScope.Dispose();
            resultScope.Dispose();
        }

        return parts;
    }

    private static JsonElement? Embedded(ref EmbeddedJson scope, JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : scope.Decode(value);

    private static void ReadResult(JsonElement body, ref ResultParts parts)
    {
        foreach (var key in (ReadOnlySpan<string>)["resultUrls", "result_urls", "resultVideoUrl", "resultImageUrl", "data", "sunoData"])
        {
            if (body.TryGet(key, out var urls))
            {
                CollectUrls(urls, parts.Urls ??= []);
            }
        }

        if (body.TryGet("firstFrameUrl", out var first))
        {
            CollectUrls(first, parts.FirstFrames ??= []);
        }

        if (body.TryGet("lastFrameUrl", out var last))
        {
            CollectUrls(last, parts.LastFrames ??= []);
        }
    }

    /// <summary>Decodes <c>param</c> (JSON in a string); its <c>input</c> may itself be JSON inside a string.</summary>
    private static JsonElement? ReadParameters(JsonElement param)
    {
        if (param.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        var scope = default(EmbeddedJson);
        try
        {
            if (scope.Decode(param) is not { } request)
            {
                return null;
            }

            if (request.ValueKind == JsonValueKind.Object && request.TryGet("input", out var input) && input.ValueKind == JsonValueKind.String)
            {
                var inputScope = default(EmbeddedJson);
                try
                {
                    if (inputScope.Decode(input) is { ValueKind: JsonValueKind.Object } decoded)
                    {
                        return WithInput(request, decoded);
                    }
                }
                finally
                {
                    inputScope.Dispose();
                }
            }

            // Text was decoded into a pooled document: keep a copy.
            return param.ValueKind == JsonValueKind.String ? request.Clone() : request;
        }
        finally
        {
            scope.Dispose();
        }
    }

    /// <summary>The request with its <c>input</c> replaced by the decoded object, in the same place.</summary>
    private static JsonElement WithInput(JsonElement request, JsonElement input)
    {
        using var buffer = new PooledBufferWriter(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var inputWritten = false;
            foreach (var property in request.EnumerateObject())
            {
                if (!property.NameEquals("input"u8))
                {
                    property.WriteTo(writer);
                }
                else if (!inputWritten)
                {
                    writer.WritePropertyName("input"u8);
                    input.WriteTo(writer);
                    inputWritten = true;
                }
            }

            writer.WriteEndObject();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>What the result JSON holds; lists stay <see langword="null"/> until something is found.</summary>
    private struct ResultParts
    {
        public List<Uri>? Urls;
        public List<Uri>? FirstFrames;
        public List<Uri>? LastFrames;
        public JsonElement? Object;
    }
}
