using System.Text;
using System.Text.Json;
using Kie.Sdk.Json;
using Kie.Sdk.Testing;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>
/// The status hot path reads records in one pass, decodes JSON-in-strings into pooled documents and reads the envelope
/// with one parse. Each shortcut must give exactly what the general rules give (<see cref="JsonElementReading.DecodeEmbedded"/>,
/// the serializer's envelope), including on odd input.
/// </summary>
public sealed class StatusReaderFastPathTests
{
    public static TheoryData<string> EmbeddedTexts =>
    [
        "",
        "   ",
        "\t\n",
        "oops",
        "{\"a\":1}",
        "  {\"a\":1}",
        "[1,2]",
        "{\"prompt\":\"caf\\u00e9 \\ud83d\\ude00 a\\/b \\\"q\\\" \\\\ \\n\\t\"}",
        "{\"prompt\":\"café 😀\"}",
        "{broken",
        "{\"a\":1} trailing",
        "\"{\\\"a\\\":2}\"",
        "\"\\\"{\\\\\\\"a\\\\\\\":3}\\\"\"",
        "\"plain\"",
        "\"  \"",
        "\u00a0{\"a\":1}",
        "\u00a0",
        "\u000b{\"a\":1}",
        "42",
    ];

    [Theory]
    [MemberData(nameof(EmbeddedTexts))]
    public void Pooled_decoding_gives_what_the_string_rules_give(string text)
    {
        var holder = JsonElement.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { ["v"] = text }));
        var value = holder.GetProperty("v");

        var expected = JsonElementReading.DecodeEmbedded(value);
        var scope = default(EmbeddedJson);
        try
        {
            var actual = scope.Decode(value);

            Assert.Equal(expected?.ValueKind, actual?.ValueKind);
            Assert.Equal(expected?.GetRawText(), actual?.GetRawText());
        }
        finally
        {
            scope.Dispose();
        }
    }

    public static TheoryData<string> EnvelopeBodies =>
    [
        """{"code":200,"msg":"success","data":{"taskId":"t"}}""",
        """{"code":"200","msg":200,"data":null}""",
        """{"code":200.5,"msg":true,"success":"true"}""",
        """{"code":{"x":1},"msg":["a"],"success":1,"data":[1,2]}""",
        """{"success":false,"code":"abc","data":"text"}""",
        """{"data":{"a":1},"data":{"b":2},"code":429,"code":200}""",
        """{"Code":200,"DATA":{"a":1}}""",
        """{"c\u006fde":201,"msg":"a\u00e9"}""",
        """{}""",
        """null""",
    ];

    [Theory]
    [MemberData(nameof(EnvelopeBodies))]
    public void The_one_parse_envelope_reads_what_the_serializer_reads(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        var expected = JsonSerializer.Deserialize(bytes, KieJsonContext.Default.KieEnvelope);
        var actual = KieEnvelope.Parse(bytes);

        Assert.Equal(expected is null, actual is null);
        Assert.Equal(expected?.Code, actual?.Code);
        Assert.Equal(expected?.Msg, actual?.Msg);
        Assert.Equal(expected?.Success, actual?.Success);
        Assert.Equal(expected?.Data.ValueKind, actual?.Data.ValueKind);
        if (expected?.Data.ValueKind is not (null or JsonValueKind.Undefined))
        {
            Assert.Equal(expected.Data.GetRawText(), actual!.Data.GetRawText());
        }
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    [InlineData("{\"code\":200")]
    [InlineData("<html>")]
    public void Bodies_the_serializer_refuses_are_refused_too(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(bytes, KieJsonContext.Default.KieEnvelope));
        Assert.ThrowsAny<JsonException>(() => KieEnvelope.Parse(bytes));
    }

    [Fact]
    public void Escaped_text_in_param_is_decoded_exactly()
    {
        var input = JsonSerializer.Serialize(new Dictionary<string, string> { ["prompt"] = "café 😀 a/b \"q\" \\ \n" });
        var param = JsonSerializer.Serialize($$"""{"model":"m","input":{{input}}}""");

        var status = KieTaskStatusReader.Read(Record($$"""{"taskId":"t","state":"success","param":{{param}}}"""));

        Assert.Equal("café 😀 a/b \"q\" \\ \n", status.Parameters!.Value.GetProperty("input").GetProperty("prompt").GetString());
    }

    [Fact]
    public void An_input_encoded_twice_inside_param_is_decoded_and_the_other_fields_keep_their_place()
    {
        var inputOnce = JsonSerializer.Serialize("""{"prompt":"x","n":2}""");
        var inputTwice = JsonSerializer.Serialize(inputOnce);
        var param = JsonSerializer.Serialize($$"""{"model":"m","input":{{inputTwice}},"callBackUrl":"https://me.example/cb"}""");

        var parameters = KieTaskStatusReader.Read(Record($$"""{"taskId":"t","param":{{param}}}""")).Parameters!.Value;

        Assert.Equal(["model", "input", "callBackUrl"], parameters.EnumerateObject().Select(property => property.Name));
        Assert.Equal(2, parameters.GetProperty("input").GetProperty("n").GetInt32());
    }

    [Fact]
    public void A_param_object_whose_input_is_text_is_rebuilt_too()
    {
        var input = JsonSerializer.Serialize("""{"prompt":"x"}""");

        var parameters = KieTaskStatusReader.Read(Record($$$"""{"taskId":"t","param":{"model":"m","input":{{{input}}}}}""")).Parameters!.Value;

        Assert.Equal("x", parameters.GetProperty("input").GetProperty("prompt").GetString());
    }

    [Theory]
    [InlineData("\"   \"", null)]
    [InlineData("null", null)]
    [InlineData("\"not json\"", JsonValueKind.String)]
    [InlineData("{\"model\":\"m\"}", JsonValueKind.Object)]
    public void Odd_params_read_as_the_general_rules_say(string param, JsonValueKind? expected)
    {
        var status = KieTaskStatusReader.Read(Record($$"""{"taskId":"t","param":{{param}}}"""));

        Assert.Equal(expected, status.Parameters?.ValueKind);
    }

    [Fact]
    public void A_result_object_decoded_from_text_outlives_the_pooled_document()
    {
        var result = JsonSerializer.Serialize("""{"resultObject":{"answer":"forty-two","tokens":[1,2,3]}}""");

        var status = KieTaskStatusReader.Read(Record($$"""{"taskId":"t","state":"success","resultJson":{{result}}}"""));
        // Reuse the pool so a document returned too early would be overwritten.
        for (var i = 0; i < 10; i++)
        {
            KieTaskStatusReader.Read(Record($$"""{"taskId":"u{{i}}","resultJson":{{JsonSerializer.Serialize("""{"resultObject":{"answer":"other"}}""")}}}"""));
        }

        Assert.Equal("forty-two", status.ResultObject!.Value.GetProperty("answer").GetString());
        Assert.Equal(3, status.ResultObject.Value.GetProperty("tokens").GetArrayLength());
        Assert.Empty(status.ResultUrls);
        Assert.Empty(status.FirstFrameUrls);
    }

    [Fact]
    public void Frame_urls_come_from_the_result_json()
    {
        var result = JsonSerializer.Serialize("""{"resultUrls":["https://cdn.example/v.mp4"],"firstFrameUrl":["https://cdn.example/f.png"],"lastFrameUrl":"https://cdn.example/l.png"}""");

        var status = KieTaskStatusReader.Read(Record($$"""{"taskId":"t","state":"success","resultJson":{{result}}}"""));

        Assert.Equal([new Uri("https://cdn.example/v.mp4")], status.ResultUrls);
        Assert.Equal([new Uri("https://cdn.example/f.png")], status.FirstFrameUrls);
        Assert.Equal([new Uri("https://cdn.example/l.png")], status.LastFrameUrls);
    }

    [Fact]
    public void Field_names_match_exactly_escapes_are_read_and_the_last_duplicate_wins()
    {
        var status = KieTaskStatusReader.Read(Record("""{"t\u0061skId":"t-9","State":"fail","state":"generating","state":"success","failCode":null,"errorCode":7}"""));

        Assert.Equal("t-9", status.TaskId);
        Assert.Equal(KieTaskState.Success, status.State);
        Assert.Equal("7", status.FailCode);
    }

    [Fact]
    public void A_null_state_falls_back_to_status_then_to_the_success_flag()
    {
        Assert.Equal(KieTaskState.Queuing, KieTaskStatusReader.Read(Record("""{"taskId":"t","state":null,"status":"queuing"}""")).State);
        Assert.Equal(KieTaskState.Failed, KieTaskStatusReader.Read(Record("""{"taskId":"t","state":"","successFlag":"3"}""")).State);
    }

    [Fact]
    public void The_task_id_asked_for_is_used_only_when_the_record_has_none()
    {
        Assert.Equal("t-1", KieTaskStatusReader.Read(Record("""{"taskId":"t-1"}"""), "t-1").TaskId);
        Assert.Equal("t-2", KieTaskStatusReader.Read(Record("""{"taskId":"t-2"}"""), "t-1").TaskId);
        Assert.Equal("t-3", KieTaskStatusReader.Read(Record("""{"task_id":"t-3"}"""), "t-1").TaskId);
        Assert.Equal("t-1", KieTaskStatusReader.Read(Record("""{"taskId":""}"""), "t-1").TaskId);
    }

    [Fact]
    public async Task A_wait_keeps_its_last_status_compact_and_the_timeout_still_carries_all_of_it()
    {
        var clock = new TestClock();
        using var simulator = new KieSimulator(new KieSimulatorOptions { TimeProvider = clock, CreateRateLimit = 0 });
        using var http = simulator.CreateHttpClient();
        using var client = new KieClient(http, new KieClientOptions { ApiKey = "k", CreateRateLimit = 0 }, clock);
        var request = new CreateTaskRequest("google/nano-banana") { CallbackUrl = new Uri("https://me.example/cb") };
        request.Input.Set("prompt", "café \"quoted\" [never]").Set("n", 1);
        var taskId = await client.CreateTaskAsync(request);
        var reported = new List<KieTaskStatus>();
        var options = new KieWaitOptions { Jitter = 0, Timeout = TimeSpan.FromSeconds(40), Progress = new Collect(reported) };

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() => clock.RunAsync(() => client.WaitForCompletionAsync(taskId, options)));

        // The record does not change once generating, so the last change reported is what the last poll read.
        var read = reported[^1];
        var last = error.LastStatus!;
        Assert.NotSame(read, last);
        Assert.Equal(KieTaskState.Generating, last.State);
        Assert.Equal(read.RawJson.GetRawText(), last.RawJson.GetRawText());
        Assert.Equal(read.Parameters!.Value.GetRawText(), last.Parameters!.Value.GetRawText());
        Assert.Equal("café \"quoted\" [never]", last.Parameters.Value.GetProperty("input").GetProperty("prompt").GetString());
        Assert.Equal(read with { RawJson = default, Parameters = null, ResultUrls = [], FirstFrameUrls = [], LastFrameUrls = [] }, last with { RawJson = default, Parameters = null, ResultUrls = [], FirstFrameUrls = [], LastFrameUrls = [] });
        Assert.Equal(taskId, last.TaskId);
        Assert.Equal("google/nano-banana", last.Model);
    }

    private sealed class Collect(List<KieTaskStatus> into) : IProgress<KieTaskStatus>
    {
        public void Report(KieTaskStatus value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }

    private static JsonElement Record(string json) => JsonElement.Parse(json);
}
