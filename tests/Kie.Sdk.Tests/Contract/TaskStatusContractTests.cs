using System.Text.Json;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>GET /api/v1/jobs/recordInfo?taskId=…: every field of the task record and its loose typing.</summary>
public sealed class TaskStatusContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    private async Task<KieTaskStatus> ReadAsync(string record, string taskId = "task-1", ClientPath path = ClientPath.Options)
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, Wire.Envelope(record)));
        using var kie = ContractClient.Create(path, _server);
        return await kie.Client.GetStatusAsync(taskId);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Sends_a_GET_with_the_escaped_task_id_and_reads_every_documented_field(ClientPath path)
    {
        var status = await ReadAsync(
            """
            { "taskId": "task_x/1 2", "model": "bytedance/seedream-v4-text-to-image", "state": "success",
              "param": "{\"model\":\"bytedance/seedream-v4-text-to-image\",\"input\":{\"prompt\":\"red bicycle\"}}",
              "resultJson": "{\"resultUrls\":[\"https://tempfile.aiquickdraw.com/s/ab12.png\",\"https://tempfile.aiquickdraw.com/s/cd34.png\"]}",
              "failCode": "", "failMsg": "", "creditsConsumed": 5.0, "costTime": 21,
              "createTime": 1767000000000, "updateTime": 1767000021000, "completeTime": 1767000021500,
              "progress": 100 }
            """,
            "task_x/1 2",
            path);

        var sent = Assert.Single(_server.Received(Wire.RecordInfoPath));
        Assert.Equal("GET", sent.Method);
        Assert.Equal("task_x/1 2", Assert.Single(sent.Query!["taskId"]));
        Assert.Contains("taskId=task_x%2F1%202", sent.RawQuery, StringComparison.Ordinal);
        Wire.AssertApiHeaders(sent, json: false);

        Assert.Equal("task_x/1 2", status.TaskId);
        Assert.Equal("bytedance/seedream-v4-text-to-image", status.Model);
        Assert.Equal(KieTaskState.Success, status.State);
        Assert.Equal("success", status.RawState);
        Assert.True(status.IsCompleted);
        Assert.True(status.IsSucceeded);
        Assert.Equal(
            [new Uri("https://tempfile.aiquickdraw.com/s/ab12.png"), new Uri("https://tempfile.aiquickdraw.com/s/cd34.png")],
            status.ResultUrls);
        Assert.Empty(status.FirstFrameUrls);
        Assert.Empty(status.LastFrameUrls);
        Assert.Null(status.ResultObject);
        Assert.Equal("""{"resultUrls":["https://tempfile.aiquickdraw.com/s/ab12.png","https://tempfile.aiquickdraw.com/s/cd34.png"]}""", status.ResultJson);
        Assert.Null(status.FailCode);
        Assert.Null(status.FailMessage);
        Assert.Equal(5.0m, status.CreditsConsumed);
        Assert.Equal(21, status.CostTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767000000000), status.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 12, 29, 9, 20, 21, TimeSpan.Zero), status.UpdatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767000021500), status.CompletedAt);
        Assert.Equal(100, status.Progress);
        Assert.Equal("red bicycle", status.Parameters!.Value.GetProperty("input").GetProperty("prompt").GetString());
    }

    [Theory]
    [InlineData("waiting", KieTaskState.Waiting)]
    [InlineData("queuing", KieTaskState.Queuing)]
    [InlineData("generating", KieTaskState.Generating)]
    [InlineData("success", KieTaskState.Success)]
    [InlineData("fail", KieTaskState.Failed)]
    [InlineData("paused-by-provider", KieTaskState.Unknown)]
    [InlineData("SUCCEEDED", KieTaskState.Unknown)]
    public async Task Maps_state_text_and_keeps_the_raw_text(string raw, KieTaskState expected)
    {
        var status = await ReadAsync($$"""{"taskId":"task-1","state":"{{raw}}"}""");

        Assert.Equal(expected, status.State);
        Assert.Equal(raw, status.RawState);
        Assert.Equal(expected is KieTaskState.Success or KieTaskState.Failed, status.IsCompleted);
    }

    [Theory]
    [InlineData(0, KieTaskState.Generating)]
    [InlineData(1, KieTaskState.Success)]
    [InlineData(3, KieTaskState.Failed)]
    [InlineData(9, KieTaskState.Unknown)]
    public async Task Reads_successFlag_only_records(int flag, KieTaskState expected)
    {
        var status = await ReadAsync($$"""{"taskId":"task-1","successFlag":{{flag}}}""");

        Assert.Equal(expected, status.State);
        Assert.Equal(flag.ToString(System.Globalization.CultureInfo.InvariantCulture), status.RawState);
    }

    [Fact]
    public async Task Reads_first_and_last_frame_urls_of_video_models()
    {
        var status = await ReadAsync(
            """{"taskId":"v-1","state":"success","resultJson":"{\"resultUrls\":[\"https://f.example/v.mp4\"],\"firstFrameUrl\":[\"https://f.example/first.png\"],\"lastFrameUrl\":\"https://f.example/last.png\"}"}""");

        Assert.Equal([new Uri("https://f.example/v.mp4")], status.ResultUrls);
        Assert.Equal([new Uri("https://f.example/first.png")], status.FirstFrameUrls);
        Assert.Equal([new Uri("https://f.example/last.png")], status.LastFrameUrls);
    }

    [Fact]
    public async Task Reads_resultObject_of_text_models()
    {
        var status = await ReadAsync(
            """{"taskId":"txt-1","state":"success","resultJson":"{\"resultObject\":{\"caption\":\"a cat\",\"score\":0.9}}"}""");

        Assert.Empty(status.ResultUrls);
        Assert.Equal("a cat", status.ResultObject!.Value.GetProperty("caption").GetString());
        Assert.Equal(0.9m, status.ResultObject.Value.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task Reads_results_from_the_already_parsed_response_object()
    {
        var status = await ReadAsync(
            """{"taskId":"r-1","state":"success","response":{"resultUrls":["https://f.example/r.png"]}}""");

        Assert.Equal([new Uri("https://f.example/r.png")], status.ResultUrls);
        Assert.Null(status.ResultJson);
    }

    [Fact]
    public async Task Reads_Suno_style_response_data_audio_urls()
    {
        var status = await ReadAsync(
            """
            {"taskId":"suno-1","state":"success","resultJson":"",
             "response":{"taskId":"suno-1","data":[
               {"id":"a","audio_url":"https://f.example/a.mp3","stream_audio_url":"https://f.example/a-stream","image_url":"https://f.example/a.jpg","title":"A","duration":61.2},
               {"id":"b","audio_url":"https://f.example/b.mp3","stream_audio_url":"https://f.example/b-stream","image_url":"https://f.example/b.jpg","title":"B","duration":58}]}}
            """);

        Assert.Equal([new Uri("https://f.example/a.mp3"), new Uri("https://f.example/b.mp3")], status.ResultUrls);
        Assert.Null(status.ResultJson);
    }

    [Fact]
    public async Task Reads_a_failure_with_a_numeric_failCode_as_text()
    {
        var status = await ReadAsync(
            """{"taskId":"f-1","state":"fail","failCode":501,"failMsg":"Content policy violation","creditsConsumed":0,"resultJson":null}""");

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal("501", status.FailCode);
        Assert.Equal("Content policy violation", status.FailMessage);
        Assert.Equal(0m, status.CreditsConsumed);
        Assert.Empty(status.ResultUrls);
        var failure = Assert.Throws<KieTaskFailedException>(() => status.EnsureSucceeded());
        Assert.Equal(501, failure.KieCode);
        Assert.Equal("f-1", failure.TaskId);
    }

    [Theory]
    [InlineData("0.4", "0.4")]
    [InlineData("0", "0")]
    [InlineData("12", "12")]
    [InlineData("\"7.25\"", "7.25")]
    [InlineData("null", null)]
    public async Task Reads_creditsConsumed_fractional_zero_text_and_null(string json, string? expected)
    {
        var status = await ReadAsync($$"""{"taskId":"c-1","state":"success","creditsConsumed":{{json}}}""");

        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), status.CreditsConsumed);
    }

    [Fact]
    public async Task Decodes_a_param_whose_input_is_itself_a_json_string()
    {
        var status = await ReadAsync(
            """{"taskId":"p-1","state":"waiting","param":"{\"model\":\"z-image\",\"callBackUrl\":\"https://cb.example\",\"input\":\"{\\\"prompt\\\":\\\"a cat\\\",\\\"aspect_ratio\\\":\\\"1:1\\\"}\"}"}""");

        var parameters = status.Parameters!.Value;
        Assert.Equal("z-image", parameters.GetProperty("model").GetString());
        Assert.Equal("https://cb.example", parameters.GetProperty("callBackUrl").GetString());
        var input = parameters.GetProperty("input");
        Assert.Equal(JsonValueKind.Object, input.ValueKind);
        Assert.Equal("a cat", input.GetProperty("prompt").GetString());
        Assert.Equal("1:1", input.GetProperty("aspect_ratio").GetString());
    }

    [Fact]
    public async Task Keeps_unknown_fields_in_RawJson()
    {
        var status = await ReadAsync(
            """{"taskId":"u-1","state":"generating","recordId":"rec-9","providerHint":{"region":"eu","tier":2},"eta":12}""");

        Assert.Equal("rec-9", status.RawJson.GetProperty("recordId").GetString());
        Assert.Equal("eu", status.RawJson.GetProperty("providerHint").GetProperty("region").GetString());
        Assert.Equal(12, status.RawJson.GetProperty("eta").GetInt32());
    }

    [Fact]
    public async Task Leaves_missing_optional_fields_empty_and_uses_the_asked_task_id()
    {
        var status = await ReadAsync("""{"state":"queuing"}""", "asked-id");

        Assert.Equal("asked-id", status.TaskId);
        Assert.Equal(KieTaskState.Queuing, status.State);
        Assert.Null(status.Model);
        Assert.NotNull(status.ResultUrls);
        Assert.Empty(status.ResultUrls);
        Assert.Empty(status.FirstFrameUrls);
        Assert.Empty(status.LastFrameUrls);
        Assert.Null(status.ResultObject);
        Assert.Null(status.ResultJson);
        Assert.Null(status.FailCode);
        Assert.Null(status.FailMessage);
        Assert.Null(status.CreditsConsumed);
        Assert.Null(status.CreatedAt);
        Assert.Null(status.UpdatedAt);
        Assert.Null(status.CompletedAt);
        Assert.Null(status.CostTime);
        Assert.Null(status.Progress);
        Assert.Null(status.Parameters);
    }

    [Fact]
    public async Task Empty_resultJson_gives_empty_not_null_result_urls()
    {
        var status = await ReadAsync("""{"taskId":"e-1","state":"generating","resultJson":"","failCode":null,"createTime":"1767000000000"}""");

        Assert.NotNull(status.ResultUrls);
        Assert.Empty(status.ResultUrls);
        Assert.Null(status.ResultJson);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767000000000), status.CreatedAt);
    }
}
