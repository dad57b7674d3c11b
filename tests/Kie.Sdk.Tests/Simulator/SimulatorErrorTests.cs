using System.Net;
using System.Net.Http.Headers;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorErrorTests
{
    [Fact]
    public async Task Insufficient_credits_answer_402_and_create_nothing()
    {
        using var harness = new SimulatorHarness(options => options.InitialCredits = 59m);

        var (status, body) = await harness.CreateAsync("kling/v2-1-pro");

        Assert.Equal(HttpStatusCode.PaymentRequired, status);
        Assert.Equal(402, body.GetProperty("code").GetInt32());
        Assert.Equal("The current credits are insufficient. Please top up.", body.GetProperty("msg").GetString());
        Assert.Empty(harness.Simulator.Tasks);

        harness.Simulator.Credits = 60m;
        Assert.Equal(HttpStatusCode.OK, (await harness.CreateAsync("kling/v2-1-pro")).Status);
    }

    [Fact]
    public async Task The_21st_create_in_the_window_gets_429_in_a_200_body_and_no_task()
    {
        using var harness = new SimulatorHarness();
        for (var i = 0; i < 20; i++)
        {
            await harness.CreateTaskIdAsync();
            harness.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var (status, body) = await harness.CreateAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(429, body.GetProperty("code").GetInt32());
        Assert.Equal("Your call frequency is too high. Please try again later.", body.GetProperty("msg").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal(20, harness.Simulator.Tasks.Count);

        // Sliding window: the first create (at 0 s) leaves it at 10 s, making room for exactly one more.
        harness.Time.Advance(TimeSpan.FromSeconds(7.9)); // now 9.9 s
        Assert.Equal(429, (await harness.CreateAsync()).Body.GetProperty("code").GetInt32());
        harness.Time.Advance(TimeSpan.FromSeconds(0.1)); // now 10 s
        Assert.Equal(200, (await harness.CreateAsync()).Body.GetProperty("code").GetInt32());
        Assert.Equal(429, (await harness.CreateAsync()).Body.GetProperty("code").GetInt32());
        Assert.Equal(21, harness.Simulator.Tasks.Count);
    }

    [Fact]
    public async Task A_rate_limit_of_zero_is_off()
    {
        using var harness = new SimulatorHarness(options => options.CreateRateLimit = 0);
        for (var i = 0; i < 30; i++)
        {
            await harness.CreateTaskIdAsync();
        }

        Assert.Equal(30, harness.Simulator.Tasks.Count);
    }

    [Fact]
    public async Task An_unknown_task_is_422_recordInfo_is_null_in_a_200_body()
    {
        using var harness = new SimulatorHarness();

        var (status, body) = await harness.RecordAsync("0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(422, body.GetProperty("code").GetInt32());
        Assert.Equal("recordInfo is null", body.GetProperty("msg").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Theory]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic dGVzdC1rZXktMTIz")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_key_gets_401(string? authorization)
    {
        using var harness = new SimulatorHarness();
        using var client = harness.Simulator.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(harness.Simulator.BaseUrl, "/api/v1/chat/credit"));
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"code":401,"msg":"You do not have access permissions"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_configured_key_any_bearer_token_is_accepted()
    {
        using var harness = new SimulatorHarness(options => options.ApiKey = null);
        harness.Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        Assert.Equal(1000m, await harness.CreditsAsync());
    }

    [Theory]
    [InlineData("""{"input":{"prompt":"x"}}""", "model is required.")]
    [InlineData("""{"model":"","input":{"prompt":"x"}}""", "model is required.")]
    [InlineData("""{"model":"m"}""", "input is required and must be an object.")]
    [InlineData("""{"model":"m","input":"{\"prompt\":\"x\"}"}""", "input is required and must be an object.")]
    [InlineData("""{"model":"m","input":{},"callBackUrl":"/relative"}""", "callBackUrl must be an absolute http(s) URL.")]
    [InlineData("not json", "The request body must be a JSON object.")]
    public async Task An_invalid_create_gets_422_with_a_message(string body, string message)
    {
        using var harness = new SimulatorHarness();

        var (status, answer) = await harness.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs/createTask", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(422, answer.GetProperty("code").GetInt32());
        Assert.Equal(message, answer.GetProperty("msg").GetString());
        Assert.Empty(harness.Simulator.Tasks);
    }

    [Fact]
    public async Task An_unknown_path_gets_404_and_a_wrong_method_405()
    {
        using var harness = new SimulatorHarness();

        var (missing, body) = await harness.SendJsonAsync(HttpMethod.Get, "/api/v1/account/balance");
        var (wrongMethod, _) = await harness.SendJsonAsync(HttpMethod.Get, "/api/v1/jobs/createTask");

        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(404, body.GetProperty("code").GetInt32());
        Assert.Equal("Not found", body.GetProperty("msg").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod);
    }

    [Fact]
    public async Task Credit_reports_the_balance_as_a_bare_number()
    {
        using var harness = new SimulatorHarness(options => options.InitialCredits = 35.95m);

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/api/v1/chat/credit");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"code":200,"msg":"success","data":35.95}""", body.GetRawText());
    }
}
