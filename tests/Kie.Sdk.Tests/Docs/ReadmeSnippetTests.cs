using Kie.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Tests.Docs;

/// <summary>The README's code, run as written, so the first thing a reader copies works.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public async Task Testing_with_the_simulator_snippet_runs_as_documented()
    {
        // Begin README "Testing your code with Kie.Sdk.Testing"
        var clock = new FakeTimeProvider();
        var simulator = new KieSimulator(new KieSimulatorOptions { TimeProvider = clock, InitialCredits = 100 });
        var kie = new KieClient(simulator.CreateHttpClient(), new KieClientOptions { ApiKey = "test" }, clock);

        var request = new CreateTaskRequest("google/nano-banana");
        request.Input.Set("prompt", "a cat [fail:400]");               // keywords script outcomes: [fail] [slow] [unknown] [5xx] [never]
        var wait = kie.GenerateAsync(request);
        while (!wait.IsCompleted) { clock.Advance(TimeSpan.FromSeconds(1)); await Task.Yield(); }
        Assert.Equal(KieTaskState.Failed, (await wait).State);
        // End README

        Assert.Equal("400", (await wait).FailCode);
        Assert.Equal(100m, await kie.GetCreditsAsync());
    }

    [Fact]
    public async Task Quick_start_snippet_runs_against_the_simulator()
    {
        using var simulator = new KieSimulator(new KieSimulatorOptions { TimeProvider = new FakeTimeProvider() });
        var clock = (FakeTimeProvider)simulator.Options.TimeProvider;
        using var kie = new KieClient(simulator.CreateHttpClient(), new KieClientOptions { ApiKey = "test" }, clock);

        var request = new CreateTaskRequest("google/nano-banana") { IdempotencyKey = "order-42" };
        request.Input.Set("prompt", "a red bicycle on a snowy street").Set("image_size", "16:9");

        var generation = kie.GenerateAsync(request);   // create + wait
        while (!generation.IsCompleted) { clock.Advance(TimeSpan.FromSeconds(1)); await Task.Yield(); }
        KieTaskStatus status = (await generation).EnsureSucceeded();

        Assert.NotEmpty(status.ResultUrls);
        Assert.True(status.CreditsConsumed > 0);
        Assert.Equal(1000m - status.CreditsConsumed, await kie.GetCreditsAsync());
    }
}
