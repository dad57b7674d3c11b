using System.Text;
using System.Text.Json;
using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>How task records become <see cref="KieTaskStatus"/>, through callbacks and through <see cref="KieClient.GetStatusAsync"/>.</summary>
public sealed class StatusParsingTests
{
    private static KieTaskStatus FromCallback(string data) => KieCallback.Parse(Encoding.UTF8.GetBytes($$"""{"code":200,"msg":"ok","data":{{data}}}"""));

    private static async Task<KieTaskStatus> FromRecordInfo(string data)
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Envelope(200, "success", data));
        return await kie.Client.GetStatusAsync("t-1");
    }

    /// <summary>Every record is read both ways and must give the same answer.</summary>
    private static async Task<KieTaskStatus> Both(string data)
    {
        var callback = FromCallback(data);
        var polled = await FromRecordInfo(data);
        Assert.Equal(callback.TaskId, polled.TaskId);
        Assert.Equal(callback.State, polled.State);
        Assert.Equal(callback.FailCode, polled.FailCode);
        Assert.Equal(callback.ResultUrls, polled.ResultUrls);
        Assert.Equal(callback.CreditsConsumed, polled.CreditsConsumed);
        Assert.Equal(callback.CreatedAt, polled.CreatedAt);
        Assert.Equal(callback.Progress, polled.Progress);
        return polled;
    }

    [Fact]
    public async Task A_numeric_fail_code_becomes_text()
    {
        var status = await Both("""{"taskId":"t-1","state":"fail","failCode":422,"failMsg":"bad prompt"}""");

        Assert.Equal("422", status.FailCode);
        Assert.Equal("bad prompt", status.FailMessage);
    }

    [Theory]
    [InlineData("\"12.5\"", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("\"0\"", 0)]
    public async Task Credits_consumed_may_be_a_number_or_text(string json, double expected)
    {
        var status = await Both($$"""{"taskId":"t-1","state":"success","creditsConsumed":{{json}}}""");

        Assert.Equal((decimal)expected, status.CreditsConsumed);
    }

    [Fact]
    public async Task Credits_consumed_that_is_not_a_number_is_left_empty_without_losing_the_record()
    {
        var status = await Both("""{"taskId":"t-1","state":"success","creditsConsumed":"n/a"}""");

        Assert.Null(status.CreditsConsumed);
        Assert.Equal(KieTaskState.Success, status.State);
    }

    [Fact]
    public async Task Times_sent_as_numeric_text_are_unix_milliseconds()
    {
        var status = await Both("""{"taskId":"t-1","state":"success","createTime":"1786432746000","updateTime":1786432800000,"completeTime":"1786432830000","costTime":"83"}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1786432746000), status.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1786432800000), status.UpdatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1786432830000), status.CompletedAt);
        Assert.Equal(83, status.CostTime);
    }

    [Theory]
    [InlineData("40", 40)]
    [InlineData("\"75\"", 75)]
    [InlineData("101", null)]
    [InlineData("-1", null)]
    public async Task Progress_is_read_when_between_0_and_100(string json, int? expected)
    {
        var status = await Both($$"""{"taskId":"t-1","state":"generating","progress":{{json}}}""");

        Assert.Equal(expected, status.Progress);
    }

    [Fact]
    public async Task A_double_encoded_param_is_decoded()
    {
        var input = JsonSerializer.Serialize("""{"prompt":"a cat","n":2}""");
        var param = JsonSerializer.Serialize($$"""{"model":"google/nano-banana","callBackUrl":"https://me.example/cb","input":{{input}}}""");

        var status = await Both($$"""{"taskId":"t-1","state":"success","param":{{param}}}""");

        var parameters = Assert.NotNull(status.Parameters);
        Assert.Equal("google/nano-banana", parameters.GetProperty("model").GetString());
        Assert.Equal("a cat", parameters.GetProperty("input").GetProperty("prompt").GetString());
        Assert.Equal(2, parameters.GetProperty("input").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_param_encoded_as_a_string_twice_is_decoded()
    {
        var once = JsonSerializer.Serialize("""{"model":"m","input":{"prompt":"x"}}""");
        var twice = JsonSerializer.Serialize(once);

        var status = await Both($$"""{"taskId":"t-1","state":"success","param":{{twice}}}""");

        Assert.Equal("x", status.Parameters!.Value.GetProperty("input").GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Result_urls_given_as_objects_are_read()
    {
        var result = JsonSerializer.Serialize("""{"resultUrls":[{"resultUrl":"https://cdn.example/1.png"},{"resultUrl":"https://cdn.example/2.png"}]}""");

        var status = await Both($$"""{"taskId":"t-1","state":"success","resultJson":{{result}}}""");

        Assert.Equal([new Uri("https://cdn.example/1.png"), new Uri("https://cdn.example/2.png")], status.ResultUrls);
    }

    [Fact]
    public async Task Result_json_sent_as_an_object_is_read_too()
    {
        var status = await Both("""{"taskId":"t-1","state":"success","resultJson":{"resultUrls":["https://cdn.example/1.mp4"]}}""");

        Assert.Equal([new Uri("https://cdn.example/1.mp4")], status.ResultUrls);
    }

    [Fact]
    public async Task Invalid_result_urls_are_skipped()
    {
        var result = JsonSerializer.Serialize("""{"resultUrls":["https://cdn.example/ok.png","not a url","","ftp://cdn.example/x.png",42,null,"relative/x.png"]}""");

        var status = await Both($$"""{"taskId":"t-1","state":"success","resultJson":{{result}}}""");

        Assert.Equal([new Uri("https://cdn.example/ok.png")], status.ResultUrls);
    }

    [Fact]
    public async Task Result_json_that_is_not_json_leaves_the_urls_empty_but_keeps_the_text()
    {
        var status = await Both("""{"taskId":"t-1","state":"success","resultJson":"oops"}""");

        Assert.Empty(status.ResultUrls);
        Assert.Equal("oops", status.ResultJson);
    }

    [Theory]
    [InlineData("fail")]
    [InlineData("failed")]
    [InlineData("FAIL")]
    public async Task Fail_and_failed_both_mean_failed(string state)
    {
        var status = await Both($$"""{"taskId":"t-1","state":"{{state}}"}""");

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal(state, status.RawState);
        Assert.True(status.IsCompleted);
    }

    [Theory]
    [InlineData("waiting", KieTaskState.Waiting)]
    [InlineData("queuing", KieTaskState.Queuing)]
    [InlineData("generating", KieTaskState.Generating)]
    [InlineData("success", KieTaskState.Success)]
    [InlineData("paused", KieTaskState.Unknown)]
    [InlineData("succeeded", KieTaskState.Unknown)]
    public async Task States_map_to_the_enum_and_unknown_text_stays_unknown(string state, KieTaskState expected)
    {
        var status = await Both($$"""{"taskId":"t-1","state":"{{state}}"}""");

        Assert.Equal(expected, status.State);
        Assert.Equal(state, status.RawState);
    }

    [Fact]
    public async Task Unknown_fields_are_kept_in_the_raw_json()
    {
        var status = await Both("""{"taskId":"t-1","state":"success","brandNewField":{"x":1}}""");

        Assert.Equal(1, status.RawJson.GetProperty("brandNewField").GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task GetStatusAsync_sends_the_task_id_escaped_and_the_key_as_bearer()
    {
        using var kie = new Harness();
        string? authorization = null;
        kie.Server.Then(RecordInfo, (request, cancellationToken) =>
        {
            authorization = request.Headers.Authorization?.ToString();
            return Kie.Record("a b&c", "generating")(request, cancellationToken);
        });

        var status = await kie.Client.GetStatusAsync("a b&c");

        Assert.Equal("a b&c", status.TaskId);
        Assert.Equal("?taskId=a%20b%26c", kie.Server.Requests[0].Query);
        Assert.Equal("Bearer k", authorization);
    }

    [Fact]
    public async Task A_record_without_a_task_id_takes_the_id_asked_for()
    {
        var status = await FromRecordInfo("""{"state":"generating"}""");

        Assert.Equal("t-1", status.TaskId);
    }

    [Fact]
    public async Task GetStatusAsync_of_an_unknown_task_throws_KieTaskNotFoundException()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.NotFound());

        var error = await Assert.ThrowsAsync<KieTaskNotFoundException>(() => kie.Client.GetStatusAsync("nope"));

        Assert.Equal("nope", error.TaskId);
    }

    [Fact]
    public async Task GetStatusAsync_without_a_record_throws_KieInvalidResponseException()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Envelope(200, "success"));

        var error = await Assert.ThrowsAsync<KieInvalidResponseException>(() => kie.Client.GetStatusAsync("t-1"));

        Assert.Equal("t-1", error.TaskId);
    }
}

/// <summary>Result URLs must be web URLs a client can fetch.</summary>
public sealed class ResultUrlTests
{
    [Theory]
    [InlineData("/i/x.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("C:\\results\\x.png")]
    public void A_path_or_file_url_is_not_a_result_url(string url)
    {
        var result = JsonSerializer.Serialize($$"""{"resultUrls":[{{JsonSerializer.Serialize(url)}},"https://cdn.example/ok.png"]}""");

        var status = KieCallback.Parse(Encoding.UTF8.GetBytes($$$"""{"code":200,"data":{"taskId":"t","state":"success","resultJson":{{{result}}}}}"""));

        Assert.Equal([new Uri("https://cdn.example/ok.png")], status.ResultUrls);
    }
}
