using System.Net;
using System.Text.Json;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>
/// Every error answer becomes a typed <see cref="KieApiException"/> carrying status, code, message, task id, Retry-After
/// and transience; the body code is authoritative. Retries are off here (MaxRetries = 0) unless a test says otherwise.
/// </summary>
public sealed class ErrorMappingContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    private ContractClient NoRetries(ClientPath path = ClientPath.Options) =>
        ContractClient.Create(path, _server, options => options.MaxRetries = 0);

    private static CreateTaskRequest Request() => new("z-image");

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Http_401_is_an_authentication_error(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(401, Wire.Envelope("null", 401, "You do not have access permissions")));
        using var kie = NoRetries(path);

        var error = await Assert.ThrowsAsync<KieAuthenticationException>(() => kie.Client.GetCreditsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Equal(401, error.KieCode);
        Assert.Equal("You do not have access permissions", error.KieMessage);
        Assert.False(error.IsTransient);
        Assert.Null(error.TaskId);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("You do not have access permissions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(402, 402, "Credits insufficient")]
    [InlineData(200, 402, "Credits insufficient")]
    [InlineData(429, 429, "The current credits are insufficient. Please top up.")]
    [InlineData(200, 429, "Your credits are insufficient")]
    public async Task Out_of_credits_is_an_insufficient_credits_error_whatever_the_http_status(int http, int code, string message)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(http, Wire.Envelope("null", code, message)));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieInsufficientCreditsException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Equal((HttpStatusCode)http, error.HttpStatus);
        Assert.Equal(code, error.KieCode);
        Assert.Equal(message, error.KieMessage);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Http_422_is_a_validation_error()
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(422, Wire.Envelope("null", 422, "image_size is not supported")));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieValidationException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.HttpStatus);
        Assert.Equal(422, error.KieCode);
        Assert.Equal("image_size is not supported", Assert.Single(error.Problems).Message);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Code_422_recordInfo_is_null_in_a_200_is_task_not_found_with_the_task_id()
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, Wire.Envelope("null", 422, "recordInfo is null")));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieTaskNotFoundException>(() => kie.Client.GetStatusAsync("missing-task"));

        Assert.Equal(HttpStatusCode.OK, error.HttpStatus);
        Assert.Equal(422, error.KieCode);
        Assert.Equal("recordInfo is null", error.KieMessage);
        Assert.Equal("missing-task", error.TaskId);
        Assert.Contains("missing-task", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_455_is_service_unavailable_and_transient()
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(455, Wire.Envelope("null", 455, "Service maintenance")));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieServiceUnavailableException>(() => kie.Client.GetStatusAsync("t-455"));

        Assert.Equal((HttpStatusCode)455, error.HttpStatus);
        Assert.Equal(455, error.KieCode);
        Assert.Equal("t-455", error.TaskId);
        Assert.True(error.IsTransient);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Http_500_on_a_read_is_service_unavailable_after_the_retries(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(500, Wire.Envelope("null", 500, "Server error")));
        using var kie = ContractClient.Create(path, _server, options => options.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<KieServiceUnavailableException>(() => kie.Client.GetStatusAsync("t-500"));

        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Equal("t-500", error.TaskId);
        Assert.True(error.IsTransient);
        Assert.Equal(3, _server.Received(Wire.RecordInfoPath).Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task Http_5xx_on_createTask_is_an_unknown_submission(int status)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(status, Wire.Envelope("null", status, "Server error")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Equal((HttpStatusCode)status, error.HttpStatus);
        Assert.Equal(status, error.KieCode);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    public static TheoryData<string, string> UnusableBodies => new()
    {
        { "malformed JSON", """{"code":200,"msg":"success","data":{"taskId":""" },
        { "HTML page", "<html><body><h1>502 Bad Gateway</h1></body></html>" },
        { "JSON without envelope", """{"taskId":"abc","state":"success"}""" },
        { "JSON array", """[{"code":200}]""" },
        { "empty body", string.Empty },
    };

    [Theory]
    [MemberData(nameof(UnusableBodies))]
    public async Task An_unusable_200_body_on_a_read_is_an_invalid_response(string kind, string body)
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, body, kind == "HTML page" ? "text/html" : "application/json"));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieInvalidResponseException>(() => kie.Client.GetStatusAsync("t-bad"));

        Assert.Equal(HttpStatusCode.OK, error.HttpStatus);
        Assert.Equal("t-bad", error.TaskId);
        Assert.False(error.IsTransient);
        if (kind == "malformed JSON")
        {
            Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
        }
    }

    [Theory]
    [MemberData(nameof(UnusableBodies))]
    public async Task An_unusable_200_body_on_createTask_is_an_unknown_submission_wrapping_the_invalid_response(string kind, string body)
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, body, kind == "HTML page" ? "text/html" : "application/json"));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Request()));

        var inner = Assert.IsType<KieInvalidResponseException>(error.InnerException);
        Assert.Equal(HttpStatusCode.OK, inner.HttpStatus);
        Assert.Single(_server.Received(Wire.CreateTaskPath));
    }

    [Fact]
    public async Task An_html_error_page_with_an_error_status_maps_by_the_status()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(503, "<html>Service Unavailable</html>", "text/html"));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieServiceUnavailableException>(() => kie.Client.GetCreditsAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatus);
        Assert.Null(error.KieCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Data_null_on_recordInfo_is_an_invalid_response()
    {
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, Wire.Envelope("null")));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieInvalidResponseException>(() => kie.Client.GetStatusAsync("t-null"));

        Assert.Equal("t-null", error.TaskId);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task The_body_code_is_authoritative_http_200_with_code_429_is_a_rate_limit(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("null", 429, "Your call frequency is too high")));
        using var kie = NoRetries(path);

        var error = await Assert.ThrowsAsync<KieRateLimitException>(() => kie.Client.GetCreditsAsync());

        Assert.Equal(HttpStatusCode.OK, error.HttpStatus);
        Assert.Equal(429, error.KieCode);
        Assert.Equal("Your call frequency is too high", error.KieMessage);
        Assert.True(error.IsTransient);
        Assert.Single(_server.Received(Wire.CreditPath));
    }

    [Fact]
    public async Task A_body_code_200_does_not_hide_an_http_error_status()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(401, Wire.Envelope("12")));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAnyAsync<KieApiException>(() => kie.Client.GetCreditsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Equal(200, error.KieCode);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Retry_After_is_carried_on_the_exception(ClientPath path)
    {
        _server.Stub(
            Wire.Post(Wire.CreateTaskPath),
            Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "7")
                .WithBody(Wire.Envelope("null", 429, "Your call frequency is too high")));
        using var kie = NoRetries(path);

        var error = await Assert.ThrowsAsync<KieRateLimitException>(() => kie.Client.CreateTaskAsync(Request()));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.HttpStatus);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task An_unmapped_code_is_a_plain_api_error_with_its_details()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("null", 433, "Sub-key usage limit exceeded")));
        using var kie = NoRetries();

        var error = await Assert.ThrowsAsync<KieApiException>(() => kie.Client.GetCreditsAsync());

        Assert.Equal(433, error.KieCode);
        Assert.Equal("Sub-key usage limit exceeded", error.KieMessage);
        Assert.Contains("KIE code 433", error.Message, StringComparison.Ordinal);
    }
}
