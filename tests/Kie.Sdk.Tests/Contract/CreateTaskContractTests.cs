using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>POST /api/v1/jobs/createTask: method, path, headers, exact body, task id.</summary>
public sealed class CreateTaskContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Sends_model_input_keys_verbatim_and_callback_then_returns_the_task_id(ClientPath path)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"3f0c9a1b7e2d4c55","recordId":"rec-77"}""")));
        using var kie = ContractClient.Create(path, _server);
        var request = new CreateTaskRequest("bytedance/seedance-2") { CallbackUrl = new Uri("https://example.org/hooks/kie?x=1") };
        request.Input
            .Set("prompt", "red bicycle")
            .Set("reference_video_urls ", [new Uri("https://cdn.example.org/a.mp4")])
            .Set("imageUrls", ["https://cdn.example.org/b.png"])
            .Set("max_images", 2)
            .Set("guidance_scale", 2.5m)
            .Set("generate_audio", false)
            .SetJson("multi_prompt", JsonNode.Parse("""[{"prompt":"shot 1","duration":3}]"""));

        var taskId = await kie.Client.CreateTaskAsync(request);

        Assert.Equal("3f0c9a1b7e2d4c55", taskId);
        var sent = Assert.Single(_server.Received(Wire.CreateTaskPath));
        Assert.Equal("POST", sent.Method);
        Wire.AssertApiHeaders(sent, json: true);
        var body = sent.JsonBody();
        Assert.Equal(["model", "callBackUrl", "input"], body.PropertyNames());
        Assert.Equal("bytedance/seedance-2", body.GetProperty("model").GetString());
        Assert.Equal("https://example.org/hooks/kie?x=1", body.GetProperty("callBackUrl").GetString());
        var input = body.GetProperty("input");
        Assert.Equal(["prompt", "reference_video_urls ", "imageUrls", "max_images", "guidance_scale", "generate_audio", "multi_prompt"], input.PropertyNames());
        Assert.Equal("red bicycle", input.GetProperty("prompt").GetString());
        Assert.Equal("https://cdn.example.org/a.mp4", input.GetProperty("reference_video_urls ")[0].GetString());
        Assert.Equal("https://cdn.example.org/b.png", input.GetProperty("imageUrls")[0].GetString());
        Assert.Equal(JsonValueKind.Number, input.GetProperty("max_images").ValueKind);
        Assert.Equal(2, input.GetProperty("max_images").GetInt32());
        Assert.Equal("2.5", input.GetProperty("guidance_scale").GetRawText());
        Assert.Equal(JsonValueKind.False, input.GetProperty("generate_audio").ValueKind);
        Assert.Equal("""[{"prompt":"shot 1","duration":3}]""", input.GetProperty("multi_prompt").GetRawText());
    }

    [Fact]
    public async Task Omits_callBackUrl_when_neither_request_nor_options_set_one()
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"t-1"}""")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);
        var request = new CreateTaskRequest("z-image");
        request.Input.Set("prompt", "a cat");

        Assert.Equal("t-1", await kie.Client.CreateTaskAsync(request));

        var body = Assert.Single(_server.Received(Wire.CreateTaskPath)).JsonBody();
        Assert.Equal(["model", "input"], body.PropertyNames());
        Assert.Equal("""{"prompt":"a cat"}""", body.GetProperty("input").GetRawText());
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Uses_DefaultCallbackUrl_when_the_request_sets_none_and_the_request_value_when_it_does(ClientPath path)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"t-2"}""")));
        using var kie = ContractClient.Create(path, _server, options => options.DefaultCallbackUrl = new Uri("https://bot.example.org/kie/callback"));

        await kie.Client.CreateTaskAsync(new CreateTaskRequest("z-image"));
        await kie.Client.CreateTaskAsync(new CreateTaskRequest("z-image") { CallbackUrl = new Uri("https://other.example.org/cb") });

        var sent = _server.Received(Wire.CreateTaskPath);
        Assert.Equal(2, sent.Count);
        Assert.Equal("https://bot.example.org/kie/callback", sent[0].JsonBody().GetProperty("callBackUrl").GetString());
        Assert.Equal("https://other.example.org/cb", sent[1].JsonBody().GetProperty("callBackUrl").GetString());
        Assert.Equal("""{}""", sent[0].JsonBody().GetProperty("input").GetRawText());
    }

    [Fact]
    public async Task Reads_a_task_id_sent_as_task_id_or_as_a_number()
    {
        _server.StubSequence(
            Wire.Post(Wire.CreateTaskPath),
            Wire.Reply(200, Wire.Envelope("""{"task_id":"snake-id"}""")),
            Wire.Reply(200, Wire.Envelope("""{"taskId":1234567890123}""")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        Assert.Equal("snake-id", await kie.Client.CreateTaskAsync(new CreateTaskRequest("z-image")));
        Assert.Equal("1234567890123", await kie.Client.CreateTaskAsync(new CreateTaskRequest("z-image")));
    }

    [Theory]
    [InlineData("""{"recordId":"rec-only"}""")]
    [InlineData("null")]
    [InlineData("\"3f0c9a1b\"")]
    public async Task Success_without_a_task_id_is_an_unknown_submission_wrapping_an_invalid_response(string data)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope(data)));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(new CreateTaskRequest("z-image")));

        Assert.Contains("without a task id", error.Message, StringComparison.Ordinal);
        Assert.IsType<KieInvalidResponseException>(error.InnerException);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }
}
