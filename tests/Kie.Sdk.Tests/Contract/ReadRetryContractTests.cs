using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>
/// Reads (recordInfo, credit, download-url) go through Microsoft.Extensions.Http.Resilience with the SDK's predicate and
/// are retried on every transient failure, on both construction paths. Counts are what WireMock received.
/// </summary>
public sealed class ReadRetryContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    public static TheoryData<ClientPath, int, int?> TransientAnswers()
    {
        var data = new TheoryData<ClientPath, int, int?>();
        foreach (var path in Enum.GetValues<ClientPath>())
        {
            data.Add(path, 408, null);
            data.Add(path, 429, null);
            data.Add(path, 455, null);
            data.Add(path, 500, null);
            data.Add(path, 503, null);
            data.Add(path, 200, 429);
            data.Add(path, 200, 455);
            data.Add(path, 200, 500);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TransientAnswers))]
    public async Task Credit_is_retried_after_a_transient_answer_then_succeeds(ClientPath path, int http, int? bodyCode)
    {
        _server.StubSequence(
            Wire.Get(Wire.CreditPath),
            Wire.Reply(http, Wire.Envelope("null", bodyCode ?? http, "transient")),
            Wire.Reply(200, Wire.Envelope("42.5")));
        using var kie = ContractClient.Create(path, _server);

        var credits = await kie.Client.GetCreditsAsync();

        Assert.Equal(42.5m, credits);
        var sent = _server.Received(Wire.CreditPath);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, request => Wire.AssertApiHeaders(request, json: false));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection, "recordInfo")]
    [InlineData(ClientPath.Options, "recordInfo")]
    [InlineData(ClientPath.DependencyInjection, "download-url")]
    [InlineData(ClientPath.Options, "download-url")]
    public async Task Every_read_endpoint_is_retried(ClientPath path, string endpoint)
    {
        using var kie = ContractClient.Create(path, _server);
        if (endpoint == "recordInfo")
        {
            _server.StubSequence(
                Wire.Get(Wire.RecordInfoPath),
                Wire.Reply(503, "<html>busy</html>", "text/html"),
                Wire.Reply(200, Wire.Envelope("""{"taskId":"t-r","state":"generating"}""")));

            var status = await kie.Client.GetStatusAsync("t-r");

            Assert.Equal(KieTaskState.Generating, status.State);
            var sent = _server.Received(Wire.RecordInfoPath);
            Assert.Equal(2, sent.Count);
            Assert.All(sent, request => Assert.Equal("t-r", Assert.Single(request.Query!["taskId"])));
        }
        else
        {
            _server.StubSequence(
                Wire.Post(Wire.DownloadUrlPath),
                Wire.Reply(500, Wire.Envelope("null", 500, "oops")),
                Wire.Reply(200, Wire.Envelope("\"https://tempfile.aiquickdraw.com/s/a.png?sig=1\"")));

            var link = await kie.Client.GetDownloadUrlAsync(new Uri("https://tempfile.aiquickdraw.com/s/a.png"));

            Assert.Equal(new Uri("https://tempfile.aiquickdraw.com/s/a.png?sig=1"), link);
            var sent = _server.Received(Wire.DownloadUrlPath);
            Assert.Equal(2, sent.Count);
            Assert.All(sent, request => Assert.Equal("https://tempfile.aiquickdraw.com/s/a.png", request.JsonBody().GetProperty("url").GetString()));
        }
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Retry_After_is_honoured_before_the_retry(ClientPath path)
    {
        _server.StubSequence(
            Wire.Get(Wire.CreditPath),
            Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithHeader("Content-Type", "application/json")
                .WithBody(Wire.Envelope("null", 429, "Your call frequency is too high")),
            Wire.Reply(200, Wire.Envelope("7")));
        using var kie = ContractClient.Create(path, _server);

        Assert.Equal(7m, await kie.Client.GetCreditsAsync());

        var sent = _server.Received(Wire.CreditPath);
        Assert.Equal(2, sent.Count);
        // The retry base delay is 1 ms here, so only the header can explain a gap of about a second.
        var gap = sent[1].DateTime - sent[0].DateTime;
        Assert.True(gap >= TimeSpan.FromMilliseconds(900), $"retry came {gap.TotalMilliseconds} ms after the 429 with Retry-After: 1");
    }

    // SocketsHttpHandler itself re-sends a body-less request on a fresh connection when a connection dies before any
    // answer byte (up to 3 times, so 4 connections per attempt). Dropping 4 connections exhausts that, so only the SDK's
    // own retry can make the call succeed; the test below shows the same drops fail without it.
    private const int ConnectionsOneAttemptCanUse = 4;

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task A_connection_reset_after_sending_a_read_is_retried(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"t-c","state":"success"}""")));
        using var front = new ConnectionDropper(new Uri(_server.Url!), dropFirst: ConnectionsOneAttemptCanUse);
        using var kie = ContractClient.Create(path, _server, options => options.BaseUrl = front.Url);

        var status = await kie.Client.GetStatusAsync("t-c");

        Assert.Equal(KieTaskState.Success, status.State);
        Assert.Equal(ConnectionsOneAttemptCanUse, front.Dropped);
        Assert.Single(_server.Received(Wire.RecordInfoPath));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Without_SDK_retries_the_same_resets_fail_as_a_transient_connection_error(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"t-c","state":"success"}""")));
        using var front = new ConnectionDropper(new Uri(_server.Url!), dropFirst: ConnectionsOneAttemptCanUse);
        using var kie = ContractClient.Create(path, _server, options =>
        {
            options.BaseUrl = front.Url;
            options.MaxRetries = 0;
        });

        var error = await Assert.ThrowsAsync<KieApiException>(() => kie.Client.GetStatusAsync("t-down"));

        Assert.True(error.IsTransient);
        Assert.Equal("t-down", error.TaskId);
        Assert.Null(error.HttpStatus);
        Assert.Contains("lost its connection", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException, exactMatch: false);
        Assert.InRange(front.Dropped, 1, ConnectionsOneAttemptCanUse);
        Assert.Empty(_server.Received(Wire.RecordInfoPath));
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task WireMock_body_faults_are_well_framed_200s_reported_as_invalid_responses_without_retry(FaultType fault)
    {
        // WireMock.Net 1.25 "faults" keep the HTTP framing (status 200, empty or garbled body); real connection faults
        // are covered with ConnectionDropper above. A garbled 200 is not a transient status, so it is not retried.
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("12")).WithFault(fault));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        await Assert.ThrowsAsync<KieInvalidResponseException>(() => kie.Client.GetCreditsAsync());

        Assert.Single(_server.Received(Wire.CreditPath));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(422)]
    [InlineData(501)]
    public async Task Reads_are_not_retried_on_answers_that_will_not_change(int status)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(status, Wire.Envelope("null", status, "no")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        await Assert.ThrowsAnyAsync<KieApiException>(() => kie.Client.GetCreditsAsync());

        Assert.Single(_server.Received(Wire.CreditPath));
    }

    [Fact]
    public async Task Out_of_credits_sent_as_429_is_not_retried_on_a_read()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(429, Wire.Envelope("null", 429, "The current credits are insufficient")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        await Assert.ThrowsAsync<KieInsufficientCreditsException>(() => kie.Client.GetCreditsAsync());

        Assert.Single(_server.Received(Wire.CreditPath));
    }
}
