using System.Net;
using Kie.Sdk.Testing;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorFaultTests
{
    [Fact]
    public async Task An_enqueued_fault_hits_the_next_matching_request_once()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.EnqueueFault("/chat/credit", KieSimulatorFault.Status(HttpStatusCode.BadGateway, "upstream down"));

        var (unrelated, _) = await harness.CreateAsync();
        var (first, body) = await harness.SendJsonAsync(HttpMethod.Get, "/api/v1/chat/credit");
        var (second, _) = await harness.SendJsonAsync(HttpMethod.Get, "/api/v1/chat/credit");

        Assert.Equal(HttpStatusCode.OK, unrelated);
        Assert.Equal(HttpStatusCode.BadGateway, first);
        Assert.Equal(502, body.GetProperty("code").GetInt32());
        Assert.Equal("upstream down", body.GetProperty("msg").GetString());
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public async Task Faults_for_one_path_are_used_in_order()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.EnqueueFault("createTask", KieSimulatorFault.BodyCode(455, "Service unavailable"));
        harness.Simulator.EnqueueFault("createTask", KieSimulatorFault.BodyCode(500, "Server error"));

        var codes = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await harness.CreateAsync();
            Assert.Equal(HttpStatusCode.OK, status);
            codes.Add(body.GetProperty("code").GetInt32());
        }

        Assert.Equal([455, 500, 200], codes);
        Assert.Single(harness.Simulator.Tasks);
    }

    [Fact]
    public async Task A_connection_failure_throws_and_processes_nothing()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.EnqueueFault("createTask", KieSimulatorFault.ConnectionFailure());

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => harness.CreateAsync());

        Assert.Equal(HttpRequestError.ConnectionError, exception.HttpRequestError);
        Assert.Empty(harness.Simulator.Tasks);
        Assert.Equal(HttpStatusCode.OK, (await harness.CreateAsync()).Status);
    }

    [Fact]
    public async Task A_lost_response_still_creates_the_task()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.EnqueueFault("createTask", KieSimulatorFault.ResponseLost());

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.CreateAsync());

        Assert.Single(harness.Simulator.Tasks);
    }

    [Fact]
    public async Task A_delayed_answer_waits_for_the_fake_clock()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.EnqueueFault("chat/credit", KieSimulatorFault.Delayed(TimeSpan.FromSeconds(30)));

        var pending = harness.SendJsonAsync(HttpMethod.Get, "/api/v1/chat/credit");
        await Task.Yield();
        Assert.False(pending.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var (status, _) = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_raw_body_fault_sends_non_json()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.EnqueueFault("recordInfo", KieSimulatorFault.RawBody(HttpStatusCode.BadGateway, "<html>502 Bad Gateway</html>"));

        using var response = await harness.Api.GetAsync("/api/v1/jobs/recordInfo?taskId=x");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html>502 Bad Gateway</html>", await response.Content.ReadAsStringAsync());
    }
}
