using System.Net;
using System.Text;
using Kie.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>
/// createTask and uploads start paid or stored work: retried only when KIE provably did not process them (429 "not
/// queued", or a connection that failed before sending). Counts are what WireMock (or the TCP front) received.
/// </summary>
public sealed class SubmitRetryContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    private static CreateTaskRequest Request()
    {
        var request = new CreateTaskRequest("google/nano-banana");
        request.Input.Set("prompt", "a red bicycle");
        return request;
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection, 429)]
    [InlineData(ClientPath.Options, 429)]
    [InlineData(ClientPath.DependencyInjection, 200)]
    [InlineData(ClientPath.Options, 200)]
    public async Task CreateTask_is_retried_on_429_which_is_not_queued(ClientPath path, int http)
    {
        _server.StubSequence(
            Wire.Post(Wire.CreateTaskPath),
            Wire.Reply(http, Wire.Envelope("null", 429, "Your call frequency is too high")),
            Wire.Reply(200, Wire.Envelope("""{"taskId":"after-429"}""")));
        using var kie = ContractClient.Create(path, _server);

        Assert.Equal("after-429", await kie.Client.CreateTaskAsync(Request()));

        var sent = _server.Received(Wire.CreateTaskPath);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, request => Assert.Equal(sent[0].Body, request.Body));
        Assert.All(sent, request => Wire.AssertApiHeaders(request, json: true));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection, 500)]
    [InlineData(ClientPath.Options, 500)]
    [InlineData(ClientPath.DependencyInjection, 502)]
    [InlineData(ClientPath.Options, 502)]
    [InlineData(ClientPath.DependencyInjection, 503)]
    [InlineData(ClientPath.Options, 503)]
    public async Task CreateTask_is_not_retried_on_a_server_error(ClientPath path, int status)
    {
        _server.StubSequence(
            Wire.Post(Wire.CreateTaskPath),
            Wire.Reply(status, Wire.Envelope("null", status, "Server error")),
            Wire.Reply(200, Wire.Envelope("""{"taskId":"must-not-be-reached"}""")));
        using var kie = ContractClient.Create(path, _server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Equal((HttpStatusCode)status, error.HttpStatus);
        Assert.Contains("do not resubmit blindly", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task CreateTask_is_not_retried_after_an_attempt_timeout(ClientPath path)
    {
        _server.StubSequence(
            Wire.Post(Wire.CreateTaskPath),
            Wire.Reply(200, Wire.Envelope("""{"taskId":"too-late"}""")).WithDelay(TimeSpan.FromMilliseconds(1200)),
            Wire.Reply(200, Wire.Envelope("""{"taskId":"must-not-be-reached"}""")));
        using var kie = ContractClient.Create(path, _server, options => options.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        await kie.Client.WarmUpAsync(_server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Contains("AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(error.InnerException);
        var sent = await _server.ReceivedAfterAsync(Wire.CreateTaskPath, expected: 1, settle: TimeSpan.FromMilliseconds(300));
        Assert.Single(sent);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task CreateTask_is_not_retried_after_a_connection_reset_once_sent(ClientPath path)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"must-not-be-reached"}""")));
        using var front = new ConnectionDropper(new Uri(_server.Url!), dropFirst: 1);
        using var kie = ContractClient.Create(path, _server, options => options.BaseUrl = front.Url);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.IsType<HttpRequestException>(error.InnerException, exactMatch: false);
        Assert.Contains("may exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, front.Dropped);
        Assert.Empty(_server.Received(Wire.CreateTaskPath));
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task CreateTask_answered_with_a_WireMock_body_fault_is_not_retried(FaultType fault)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"x"}""")).WithFault(fault));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.IsType<KieInvalidResponseException>(error.InnerException);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection, 429)]
    [InlineData(ClientPath.Options, 429)]
    [InlineData(ClientPath.Options, 200)]
    public async Task CreateTask_is_not_retried_on_429_that_says_credits_are_insufficient(ClientPath path, int http)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(http, Wire.Envelope("null", 429, "The current credits are insufficient. Please top up.")));
        using var kie = ContractClient.Create(path, _server);

        var error = await Assert.ThrowsAsync<KieInsufficientCreditsException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Equal(429, error.KieCode);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    [Fact]
    public async Task CreateTask_is_retried_when_the_connection_failed_before_sending_DI_path()
    {
        var primary = new RefuseFirstConnectHandler();
        using var kie = ContractClient.Create(
            ClientPath.DependencyInjection,
            _server,
            services: (_, builder) => builder.ConfigurePrimaryHttpMessageHandler(() => primary));
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"after-refused"}""")));

        Assert.Equal("after-refused", await kie.Client.CreateTaskAsync(Request()));

        Assert.Equal(2, primary.Calls);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    [Fact]
    public async Task CreateTask_is_retried_when_the_connection_failed_before_sending_options_pipeline()
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"after-refused"}""")));
        var options = new KieClientOptions
        {
            ApiKey = ContractClient.ApiKey,
            BaseUrl = new Uri(_server.Url!),
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        var primary = new RefuseFirstConnectHandler();
        // The same pipeline new KieClient(options) builds for itself, over a primary handler that refuses once.
        using var http = new HttpClient(KieResilience.CreateHandler(options, TimeProvider.System, primary)) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new KieClient(http, options);

        Assert.Equal("after-refused", await client.CreateTaskAsync(Request()));

        Assert.Equal(2, primary.Calls);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    [Fact]
    public async Task CreateTask_against_a_closed_port_is_a_retried_not_sent_error_not_an_unknown_submission()
    {
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var kie = ContractClient.Create(ClientPath.Options, _server, options => options.BaseUrl = new Uri($"http://127.0.0.1:{port}"));

        var error = await Assert.ThrowsAsync<KieApiException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.True(error.IsTransient);
        Assert.Contains("nothing was sent", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpRequestError.ConnectionError, Assert.IsType<HttpRequestException>(error.InnerException).HttpRequestError);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection, "stream")]
    [InlineData(ClientPath.Options, "stream")]
    [InlineData(ClientPath.Options, "base64")]
    [InlineData(ClientPath.Options, "url")]
    public async Task Uploads_are_not_retried_on_a_server_error(ClientPath path, string kind)
    {
        var uploadPath = kind switch { "stream" => Wire.StreamUploadPath, "base64" => Wire.Base64UploadPath, _ => Wire.UrlUploadPath };
        _server.StubSequence(
            Wire.Post(uploadPath),
            Wire.Reply(500, """{"success":false,"code":500,"msg":"Server error","data":null}"""),
            Wire.Reply(200, """{"success":true,"code":200,"msg":"ok","data":{"downloadUrl":"https://tempfile.redpandaai.co/x.png"}}"""));
        using var kie = ContractClient.Create(path, _server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kind switch
        {
            "stream" => kie.Client.UploadFileAsync(new MemoryStream([1, 2, 3]), "x.png"),
            "base64" => kie.Client.UploadBase64Async("AQID", "x.png"),
            _ => kie.Client.UploadFromUrlAsync(new Uri("https://example.org/x.png")),
        });

        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Single(_server.Received(uploadPath));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task A_seekable_stream_upload_refused_with_429_is_retried_with_the_whole_file_again(ClientPath path)
    {
        _server.StubSequence(
            Wire.Post(Wire.StreamUploadPath),
            Wire.Reply(429, """{"success":false,"code":429,"msg":"Too many requests","data":null}"""),
            Wire.Reply(200, """{"success":true,"code":200,"msg":"ok","data":{"downloadUrl":"https://tempfile.redpandaai.co/x.png"}}"""));
        using var kie = ContractClient.Create(path, _server);

        var file = await kie.Client.UploadFileAsync(new MemoryStream(Encoding.ASCII.GetBytes("FILE-BYTES-XYZ")), "x.png");

        Assert.Equal(new Uri("https://tempfile.redpandaai.co/x.png"), file.Url);
        var sent = _server.Received(Wire.StreamUploadPath);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, request => Assert.Contains("FILE-BYTES-XYZ", Encoding.UTF8.GetString(request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_one_way_stream_upload_is_never_retried_even_on_429()
    {
        _server.StubSequence(
            Wire.Post(Wire.StreamUploadPath),
            Wire.Reply(429, """{"success":false,"code":429,"msg":"Too many requests","data":null}"""),
            Wire.Reply(200, """{"success":true,"code":200,"msg":"ok","data":{"downloadUrl":"https://tempfile.redpandaai.co/x.png"}}"""));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        await Assert.ThrowsAsync<KieRateLimitException>(() => kie.Client.UploadFileAsync(new OneWayStream(Encoding.ASCII.GetBytes("FILE")), "x.png"));

        Assert.Single(_server.Received(Wire.StreamUploadPath));
    }

    /// <summary>A primary handler whose first attempt fails to connect (nothing sent); later attempts go to the network.</summary>
    private sealed class RefuseFirstConnectHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")
                : base.SendAsync(request, cancellationToken);
    }

    /// <summary>A stream that can be read once, front to back (a network or pipe stream).</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
