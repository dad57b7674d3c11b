using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>The client-side create limiter (<see cref="KieClientOptions.CreateRateLimit"/> per <see cref="KieClientOptions.CreateRateLimitWindow"/>).</summary>
public sealed class CreateRateLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private static Harness Limited(int limit) => new(options =>
    {
        options.CreateRateLimit = limit;
        options.CreateRateLimitWindow = Window;
    });

    private static Task<string> Create(Harness kie, CancellationToken cancellationToken = default, string? key = null) =>
        kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana") { IdempotencyKey = key }, cancellationToken);

    [Fact]
    public async Task Five_concurrent_creates_with_limit_3_send_3_at_once_and_the_rest_after_the_window()
    {
        using var kie = Limited(3);
        kie.Server.Always(CreateTask, Kie.Created("t"));

        var creates = Enumerable.Range(0, 5).Select(_ => Create(kie)).ToArray();

        await kie.Clock.SettleAsync(() => kie.Server.Count == 3 && kie.Clock.PendingTimers == 1, "three sends and one queued create");
        await TestClock.QuietAsync();
        Assert.Equal(3, kie.Server.Count);
        Assert.Equal(3, creates.Count(task => task.IsCompletedSuccessfully));
        kie.Clock.Advance(Window - TimeSpan.FromMilliseconds(1));
        await TestClock.QuietAsync();
        Assert.Equal(3, kie.Server.Count);

        kie.Clock.Advance(TimeSpan.FromMilliseconds(1));

        await kie.Clock.SettleAsync(() => creates.All(task => task.IsCompleted), "the queued creates");
        Assert.Equal([0, 0, 0, 10, 10], kie.Server.SecondsOf(CreateTask));
        Assert.All(creates, task => Assert.Equal("t", task.Result));
    }

    [Fact]
    public async Task No_window_of_the_configured_length_ever_holds_more_than_the_limit()
    {
        using var kie = Limited(3);
        kie.Server.Always(CreateTask, Kie.Created("t"));
        var all = new List<Task<string>>();

        // (fake second, creates launched then, requests expected by the end of that second)
        (int At, int Launch, int Expected)[] plan = [(0, 3, 3), (4, 2, 3), (9, 0, 3), (10, 0, 5), (12, 4, 6), (19, 0, 6), (20, 0, 8), (21, 0, 8), (22, 0, 9), (35, 1, 10)];
        foreach (var (at, launch, expected) in plan)
        {
            kie.Clock.Advance(TimeSpan.FromSeconds(at) - kie.Clock.Elapsed);
            all.AddRange(Enumerable.Range(0, launch).Select(_ => Create(kie)));
            await kie.Clock.SettleAsync(() => kie.Server.Count >= expected, $"{expected} creates by {at} s");
            await TestClock.QuietAsync();
            Assert.Equal(expected, kie.Server.Count);
        }

        await kie.Clock.SettleAsync(() => all.All(task => task.IsCompleted), "every create");
        var times = kie.Server.SecondsOf(CreateTask);
        Assert.Equal([0, 0, 0, 10, 10, 12, 20, 20, 22, 35], times);
        foreach (var start in times)
        {
            Assert.True(times.Count(time => time >= start && time < start + Window.TotalSeconds) <= 3, $"more than 3 creates in [{start}, {start + 10}) s: {string.Join(", ", times)}");
        }
    }

    [Fact]
    public async Task Cancelling_a_queued_create_throws_and_sends_nothing()
    {
        using var kie = Limited(1);
        kie.Server.Always(CreateTask, Kie.Created("t"));
        using var cancelTimed = new CancellationTokenSource();
        using var cancelQueued = new CancellationTokenSource();
        var first = Create(kie);
        var waitingForWindow = Create(kie, cancelTimed.Token);
        await kie.Clock.SettleAsync(() => first.IsCompleted && kie.Clock.PendingTimers == 1, "the first send and the second queued");
        var waitingForTurn = Create(kie, cancelQueued.Token);
        var last = Create(kie);
        await TestClock.QuietAsync();

        cancelTimed.Cancel();
        cancelQueued.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waitingForWindow);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waitingForTurn);
        await kie.Clock.SettleAsync(() => kie.Clock.PendingTimers == 1, "the last create to take the queue");
        Assert.Equal(1, kie.Server.Count);
        kie.Clock.Advance(Window);
        await kie.Clock.SettleAsync(() => last.IsCompleted, "the last create");
        await TestClock.QuietAsync();
        // Cancelled creates used no slot: the last one went as soon as the first left the window.
        Assert.Equal([0, 10], kie.Server.SecondsOf(CreateTask));
        Assert.Equal("t", await last);
    }

    [Fact]
    public async Task A_create_cancelled_in_the_queue_releases_its_idempotency_key()
    {
        using var kie = Limited(1);
        kie.Server.Always(CreateTask, Kie.Created("t-late"));
        using var cancel = new CancellationTokenSource();
        await Create(kie);
        var queued = Create(kie, cancel.Token, key: "order-1");
        await kie.Clock.SettleAsync(() => kie.Clock.PendingTimers == 1, "the keyed create to queue");

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);

        var retried = await kie.Clock.RunAsync(() => Create(kie, key: "order-1"));
        Assert.Equal("t-late", retried);
        Assert.Equal(2, kie.Server.Count);
    }

    [Fact]
    public async Task Limit_zero_turns_the_limiter_off()
    {
        using var kie = Limited(0);
        kie.Server.Always(CreateTask, Kie.Created("t"));

        var creates = Enumerable.Range(0, 50).Select(_ => Create(kie)).ToArray();

        await kie.Clock.SettleAsync(() => creates.All(task => task.IsCompleted), "every create");
        Assert.Equal(50, kie.Server.Count);
        Assert.All(kie.Server.SecondsOf(CreateTask), time => Assert.Equal(0, time));
        Assert.Equal(0, kie.Clock.TimersCreated);
    }

    [Fact]
    public void A_negative_limit_is_rejected_naming_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => new KieClient(new HttpClient(), new KieClientOptions { ApiKey = "k", CreateRateLimit = -1 }));

        Assert.Contains("Kie:CreateRateLimit", error.Message, StringComparison.Ordinal);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    /// <summary>Tests that read the process-wide <c>Kie.Sdk</c> meter run alone, so no other test's creates are counted.</summary>
    public const string Name = "Kie.Sdk meter";
}

/// <summary>The limiter's metrics on the <c>Kie.Sdk</c> meter.</summary>
[Collection(MetricsCollection.Name)]
public sealed class CreateRateLimitMetricTests
{
    [Fact]
    public async Task Queued_creates_and_their_queue_time_are_observable_on_the_Kie_Sdk_meter()
    {
        using var queued = new MetricCollector<long>(null, "Kie.Sdk", "kie.create.queued");
        using var queueTime = new MetricCollector<double>(null, "Kie.Sdk", "kie.create.queue_time");
        using var kie = new Harness(options =>
        {
            options.CreateRateLimit = 1;
            options.CreateRateLimitWindow = TimeSpan.FromSeconds(10);
        });
        kie.Server.Always(CreateTask, Kie.Created("t"));

        var first = kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana"));
        var second = kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana"));
        await kie.Clock.SettleAsync(() => first.IsCompleted && kie.Clock.PendingTimers == 1, "the second create to queue");

        Assert.Equal(1, queued.GetMeasurementSnapshot().Sum(measurement => measurement.Value));
        Assert.Equal([0.0], queueTime.GetMeasurementSnapshot().Select(measurement => measurement.Value));

        kie.Clock.Advance(TimeSpan.FromSeconds(10));
        await kie.Clock.SettleAsync(() => second.IsCompleted, "the second create");

        Assert.Equal(0, queued.GetMeasurementSnapshot().Sum(measurement => measurement.Value));
        Assert.Equal([1, -1, 1, -1], queued.GetMeasurementSnapshot().Select(measurement => measurement.Value));
        Assert.Equal([0.0, 10.0], queueTime.GetMeasurementSnapshot().Select(measurement => measurement.Value));
    }
}
