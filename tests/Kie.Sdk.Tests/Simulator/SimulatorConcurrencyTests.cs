using System.Net;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorConcurrencyTests
{
    [Fact]
    public async Task Concurrent_creates_get_distinct_ids_and_all_tasks_exist()
    {
        using var harness = new SimulatorHarness(options => options.CreateRateLimit = 0);

        var ids = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() => harness.CreateTaskIdAsync(prompt: $"p{i}"))));

        Assert.Equal(500, ids.Distinct().Count());
        Assert.Equal(500, harness.Simulator.Tasks.Count);
        Assert.All(ids, id => Assert.NotNull(harness.Simulator.FindTask(id)));
    }

    [Fact]
    public async Task Concurrent_creates_respect_the_rate_limit_exactly()
    {
        using var harness = new SimulatorHarness();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => harness.CreateAsync())));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.Equal(20, answers.Count(answer => answer.Body.GetProperty("code").GetInt32() == 200));
        Assert.Equal(80, answers.Count(answer => answer.Body.GetProperty("code").GetInt32() == 429));
        Assert.Equal(20, harness.Simulator.Tasks.Count);
    }

    [Fact]
    public async Task Concurrent_polls_of_finished_tasks_charge_each_task_once()
    {
        using var harness = new SimulatorHarness(options =>
        {
            options.CreateRateLimit = 0;
            options.InitialCredits = 10_000m;
        });
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await harness.CreateTaskIdAsync());
        }

        harness.Time.Advance(TimeSpan.FromSeconds(11));
        await Task.WhenAll(ids.SelectMany(id => Enumerable.Range(0, 10).Select(_ => Task.Run(() => harness.StateAsync(id)))));

        Assert.Equal(10_000m - (50 * 4m), harness.Simulator.Credits);
        Assert.Equal(500, harness.Simulator.CountRequests("recordInfo"));
    }

    [Fact]
    public async Task Polling_while_the_clock_moves_settles_every_task_once()
    {
        var callbacks = 0;
        using var harness = new SimulatorHarness(options =>
        {
            options.CreateRateLimit = 0;
            options.CallbackHandler = (_, _) =>
            {
                Interlocked.Increment(ref callbacks);
                return Task.CompletedTask;
            };
        });
        var ids = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(await harness.CreateTaskIdAsync(callbackUrl: "https://bot.example.org/kie"));
            harness.Time.Advance(TimeSpan.FromMilliseconds(37));
        }

        var pollers = ids.Select(id => Task.Run(async () =>
        {
            while (await harness.StateAsync(id) != "success")
            {
                // An in-memory round trip completes synchronously; yield so the clock loop gets a thread.
                await Task.Yield();
            }
        })).ToArray();
        for (var step = 0; step < 40; step++)
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Yield();
        }

        await Task.WhenAll(pollers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(100, callbacks);
        Assert.Equal(1000m - (100 * 4m), harness.Simulator.Credits);
    }
}
