using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kie.Sdk.Json;

namespace Kie.Sdk.Benchmarks;

/// <summary>
/// Parsing one recordInfo answer of a finished image task into <see cref="KieTaskStatus"/>, from the UTF-8 body the
/// HTTP layer hands over. The SDK's path is the one <c>KieClient.GetStatusAsync</c> takes (the envelope with
/// <see cref="KieEnvelope.Parse"/>, then <see cref="KieTaskStatusReader.Read"/>). The baseline is what a
/// careful person writes by hand with <see cref="JsonDocument"/> for this one shape, extracting the same information:
/// task id, model, state, result URLs parsed from the <c>resultJson</c> string, fail code and message, credits, the
/// three times, cost time, <c>param</c> decoded, and the raw record kept. Target: SDK ≤ 1.2× the baseline's time and
/// no more allocated bytes.
/// </summary>
[MemoryDiagnoser]
public class StatusParsingBenchmarks
{
    private const string TaskId = "3f0c9a1b7e2d4c55a1b2c3d4e5f60718";

    private byte[] _body = null!;

    /// <summary>
    /// How <c>param</c> holds the request: <c>object-input</c> is KIE's usual JSON-in-a-string with the input as an
    /// object inside; <c>string-input</c> has the input encoded once more (seen on some models).
    /// </summary>
    [Params("object-input", "string-input")]
    public string Param { get; set; } = "object-input";

    [GlobalSetup]
    public void Setup()
    {
        _body = Body(Param == "string-input");
        var sdk = Sdk();
        var baseline = HandWritten();
        Same(sdk.TaskId, baseline.TaskId, nameof(KieTaskStatus.TaskId));
        Same(sdk.Model, baseline.Model, nameof(KieTaskStatus.Model));
        Same(sdk.State, baseline.State, nameof(KieTaskStatus.State));
        Same(sdk.RawState, baseline.RawState, nameof(KieTaskStatus.RawState));
        Same(string.Join(' ', sdk.ResultUrls), string.Join(' ', baseline.ResultUrls), nameof(KieTaskStatus.ResultUrls));
        Same(sdk.ResultUrls.Count, 2, "two result URLs");
        Same(sdk.ResultJson, baseline.ResultJson, nameof(KieTaskStatus.ResultJson));
        Same(sdk.FailCode, baseline.FailCode, nameof(KieTaskStatus.FailCode));
        Same(sdk.FailMessage, baseline.FailMessage, nameof(KieTaskStatus.FailMessage));
        Same(sdk.CreditsConsumed, baseline.CreditsConsumed, nameof(KieTaskStatus.CreditsConsumed));
        Same(sdk.CreatedAt, baseline.CreatedAt, nameof(KieTaskStatus.CreatedAt));
        Same(sdk.UpdatedAt, baseline.UpdatedAt, nameof(KieTaskStatus.UpdatedAt));
        Same(sdk.CompletedAt, baseline.CompletedAt, nameof(KieTaskStatus.CompletedAt));
        Same(sdk.CostTime, baseline.CostTime, nameof(KieTaskStatus.CostTime));
        Same(Compact(sdk.Parameters), Compact(baseline.Parameters), nameof(KieTaskStatus.Parameters));
        Same(sdk.Parameters?.GetProperty("input").GetProperty("prompt").GetString(), Prompt, "decoded param.input.prompt");
        Same(sdk.RawJson.GetRawText(), baseline.RawJson.GetRawText(), nameof(KieTaskStatus.RawJson));
    }

    /// <summary>The SDK, as <c>GetStatusAsync</c> reads a body: the envelope (<see cref="KieEnvelope.Parse"/>), then the status reader.</summary>
    [Benchmark]
    public KieTaskStatus Sdk()
    {
        var envelope = KieEnvelope.Parse(_body);
        if (envelope is not { Code: 200 } || envelope.Data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("Not a task record.");
        }

        return KieTaskStatusReader.Read(envelope.Data, TaskId);
    }

    /// <summary>By hand with <see cref="JsonDocument"/>, for this one record shape, with the checks a careful person makes.</summary>
    [Benchmark(Baseline = true)]
    public KieTaskStatus HandWritten()
    {
        using var document = JsonDocument.Parse(_body);
        var root = document.RootElement;
        if (!root.TryGetProperty("code", out var code) || code.GetInt32() != 200 ||
            !root.TryGetProperty("data", out var record) || record.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("Not a task record.");
        }

        // Kept beyond the document's lifetime, as KieTaskStatus.RawJson.
        var data = record.Clone();
        var rawState = Text(data, "state");
        var resultJson = Text(data, "resultJson");
        var urls = new List<Uri>();
        if (resultJson is not null)
        {
            using var result = JsonDocument.Parse(resultJson);
            if (result.RootElement.ValueKind == JsonValueKind.Object &&
                result.RootElement.TryGetProperty("resultUrls", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && Uri.TryCreate(item.GetString(), UriKind.Absolute, out var url))
                    {
                        urls.Add(url);
                    }
                }
            }
        }

        return new KieTaskStatus
        {
            TaskId = Text(data, "taskId") ?? TaskId,
            Model = Text(data, "model"),
            State = rawState switch
            {
                "waiting" => KieTaskState.Waiting,
                "queuing" => KieTaskState.Queuing,
                "generating" => KieTaskState.Generating,
                "success" => KieTaskState.Success,
                "fail" => KieTaskState.Failed,
                _ => KieTaskState.Unknown,
            },
            RawState = rawState,
            ResultUrls = urls,
            ResultJson = resultJson,
            FailCode = data.TryGetProperty("failCode", out var failCode) && failCode.ValueKind == JsonValueKind.Number
                ? failCode.GetRawText()
                : Text(data, "failCode"),
            FailMessage = Text(data, "failMsg"),
            CreditsConsumed = data.TryGetProperty("creditsConsumed", out var credits) && credits.ValueKind == JsonValueKind.Number ? credits.GetDecimal() : null,
            CreatedAt = Time(data, "createTime"),
            UpdatedAt = Time(data, "updateTime"),
            CompletedAt = Time(data, "completeTime"),
            CostTime = data.TryGetProperty("costTime", out var cost) && cost.ValueKind == JsonValueKind.Number ? cost.GetInt64() : null,
            Parameters = Parameters(data),
            RawJson = data,
        };
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Time(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64()) : null;

    /// <summary><c>param</c> is JSON in a string; its <c>input</c> may be JSON in a string once more.</summary>
    private static JsonElement? Parameters(JsonElement data)
    {
        if (Text(data, "param") is not { } text)
        {
            return null;
        }

        using var param = JsonDocument.Parse(text);
        var root = param.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.String)
        {
            return root.Clone();
        }

        // Rebuild the request with the input decoded: copy every property, writing input as the JSON it holds.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(text.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("input"))
                {
                    writer.WritePropertyName(property.Name);
                    writer.WriteRawValue(input.GetString()!);
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private const string Prompt = "A red bicycle leaning on a snowy fence at dusk, 35mm film, soft grain, shallow depth of field";

    /// <summary>A recordInfo answer as KIE sends it for a finished nano-banana edit with two outputs.</summary>
    private static byte[] Body(bool inputAsString)
    {
        const string input = $$"""{"prompt":"{{Prompt}}","image_urls":["https://tempfile.redpandaai.co/kie-sdk/ref-1.png","https://tempfile.redpandaai.co/kie-sdk/ref-2.png"],"output_format":"png","image_size":"16:9","num_images":2}""";
        var inputJson = inputAsString ? JsonSerializer.Serialize(input) : input;
        var param = $$"""{"model":"google/nano-banana-edit","callBackUrl":"https://bot.example.com/kie/callback","input":{{inputJson}}}""";
        const string result = """{"resultUrls":["https://tempfile.aiquickdraw.com/s/3f0c9a1b7e2d4c55_0.png","https://tempfile.aiquickdraw.com/s/3f0c9a1b7e2d4c55_1.png"]}""";
        var text = $$$"""
            {"code":200,"msg":"success","data":{"taskId":"{{{TaskId}}}","model":"google/nano-banana-edit","state":"success",
            "param":{{{JsonSerializer.Serialize(param)}}},
            "resultJson":{{{JsonSerializer.Serialize(result)}}},
            "failCode":"","failMsg":"","successFlag":1,"creditsConsumed":8.0,"costTime":21,
            "createTime":1767000000000,"updateTime":1767000021000,"completeTime":1767000021000}}
            """;
        return Encoding.UTF8.GetBytes(text.ReplaceLineEndings(string.Empty));
    }

    private static string? Compact(JsonElement? element) => element is { } value ? JsonSerializer.Serialize(value) : null;

    private static void Same<T>(T sdk, T baseline, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(sdk, baseline))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The SDK and the baseline disagree on {what}: '{sdk}' vs '{baseline}'."));
        }
    }
}
