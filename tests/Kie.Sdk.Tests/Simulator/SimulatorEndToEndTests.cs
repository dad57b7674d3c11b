using Kie.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Tests.Simulator;

/// <summary>The real <see cref="KieClient"/> against the simulator, on a fake clock.</summary>
public sealed class SimulatorEndToEndTests : IDisposable
{
    private const string Key = "e2e-key";
    private readonly FakeTimeProvider _time = new(SimulatorHarness.Start);
    private readonly KieSimulator _simulator;
    private readonly HttpClient _http;
    private readonly KieClient _client;

    public SimulatorEndToEndTests()
    {
        _simulator = new KieSimulator(new KieSimulatorOptions { TimeProvider = _time, ApiKey = Key });
        _http = _simulator.CreateHttpClient();
        _client = new KieClient(_http, new KieClientOptions { ApiKey = Key, BaseUrl = _simulator.BaseUrl, UploadBaseUrl = _simulator.UploadBaseUrl }, _time);
    }

    [Fact]
    public async Task GenerateAsync_polls_to_success_and_the_result_downloads_without_the_key()
    {
        var request = new CreateTaskRequest("google/nano-banana");
        request.Input.Set("prompt", "a red bicycle in the snow");

        var status = await RunWithClockAsync(_client.GenerateAsync(request));

        Assert.True(status.IsSucceeded);
        Assert.Equal(4m, status.CreditsConsumed);
        var url = Assert.Single(status.ResultUrls);
        await using (var download = await _client.DownloadFileAsync(url))
        {
            using var bytes = new MemoryStream();
            await download.Content.CopyToAsync(bytes);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes.ToArray()[..4]);
        }

        Assert.Equal(996m, await _client.GetCreditsAsync());
        Assert.True(_simulator.CountRequests("/recordInfo") >= 1);
        Assert.All(_simulator.Requests.Where(entry => entry.Host == "tempfile.aiquickdraw.com"), entry => Assert.False(entry.HasAuthorization));
        Assert.All(_simulator.Requests.Where(entry => entry.Path.StartsWith("/api/", StringComparison.Ordinal)), entry => Assert.True(entry.HasAuthorization));
    }

    [Fact]
    public async Task GenerateAsync_reports_a_scripted_failure_and_rides_out_a_5xx()
    {
        var request = new CreateTaskRequest("google/nano-banana");
        request.Input.Set("prompt", "a cat [5xx] [fail:400]");

        var status = await RunWithClockAsync(_client.GenerateAsync(request));

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal("400", status.FailCode);
        Assert.Equal(1000m, await _client.GetCreditsAsync());
    }

    [Fact]
    public async Task CreateTaskAsync_maps_the_simulators_402_to_insufficient_credits()
    {
        _simulator.Credits = 1m;
        var request = new CreateTaskRequest("kling/v2-1-pro");
        request.Input.Set("prompt", "waves");

        await Assert.ThrowsAsync<KieInsufficientCreditsException>(() => _client.CreateTaskAsync(request));
    }

    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
        _simulator.Dispose();
    }

    /// <summary>Advances the fake clock a second at a time until the operation ends (bounded, so a bug fails instead of hanging).</summary>
    private async Task<T> RunWithClockAsync<T>(Task<T> operation)
    {
        for (var step = 0; step < 600 && !operation.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));

            // Let continuations that did not run inline reach their next sleep before the clock moves again.
            for (var spin = 0; spin < 20 && !operation.IsCompleted; spin++)
            {
                await Task.Yield();
            }
        }

        Assert.True(operation.IsCompleted, "The operation did not finish within 10 simulated minutes.");
        return await operation;
    }
}
