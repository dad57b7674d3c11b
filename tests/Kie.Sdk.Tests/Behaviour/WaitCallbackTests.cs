using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>Waiting with callbacks: safety-net polls only, and <see cref="KieClient.NotifyTaskUpdated"/> wakes the waiter.</summary>
public sealed class WaitCallbackTests
{
    private static readonly KieWaitOptions WithCallbacks = new() { Jitter = 0, CallbacksExpected = true, CallbackSafetyNetDelay = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task With_callbacks_expected_only_safety_net_polls_are_made()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Record("t-1", "generating"), Kie.Record("t-1", "generating"), Kie.Succeeded("t-1"));

        var status = await kie.WaitAsync("t-1", WithCallbacks);

        Assert.True(status.IsSucceeded);
        Assert.Equal([60, 120, 180], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task NotifyTaskUpdated_wakes_the_waiter_for_an_immediate_poll()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Succeeded("t-1"));
        var mark = kie.Clock.TimersCreated;
        var wait = kie.Client.WaitForCompletionAsync("t-1", WithCallbacks);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated > mark, "the safety-net sleep");
        kie.Clock.Advance(TimeSpan.FromSeconds(7));
        await TestClock.QuietAsync();
        Assert.Equal(0, kie.Server.Count);

        Assert.True(kie.Client.NotifyTaskUpdated("t-1"));

        await kie.Clock.SettleAsync(() => wait.IsCompleted, "the woken poll");
        Assert.True((await wait).IsSucceeded);
        Assert.Equal([7], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task NotifyTaskUpdated_is_true_only_while_someone_waits_for_that_task()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Record("t-1", "generating"), Kie.Succeeded("t-1"));
        Assert.False(kie.Client.NotifyTaskUpdated("t-1"));

        var mark = kie.Clock.TimersCreated;
        var wait = kie.Client.WaitForCompletionAsync("t-1", WithCallbacks);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated > mark, "the safety-net sleep");
        Assert.False(kie.Client.NotifyTaskUpdated("t-2"));
        mark = kie.Clock.TimersCreated;
        Assert.True(kie.Client.NotifyTaskUpdated("t-1"));
        await kie.Clock.SettleAsync(() => kie.Server.Count == 1 && kie.Clock.TimersCreated > mark, "the woken poll and the next sleep");
        Assert.True(kie.Client.NotifyTaskUpdated("t-1"));
        await kie.Clock.SettleAsync(() => wait.IsCompleted, "the second woken poll");

        Assert.True((await wait).IsSucceeded);
        Assert.Equal([0, 0], kie.Server.SecondsOf(RecordInfo));
        Assert.False(kie.Client.NotifyTaskUpdated("t-1"));
    }

    [Fact]
    public async Task A_callback_that_arrives_while_a_status_read_is_in_flight_is_not_lost()
    {
        using var kie = new Harness();
        KieClient client = kie.Client;
        // The safety-net poll reads the old state; the callback about the change lands while that read is in flight.
        kie.Server.Then(RecordInfo, Kie.While(() => client.NotifyTaskUpdated("t-1"), Kie.Record("t-1", "generating")), Kie.Succeeded("t-1"));
        var mark = kie.Clock.TimersCreated;
        var wait = kie.Client.WaitForCompletionAsync("t-1", WithCallbacks);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated > mark, "the safety-net sleep");

        kie.Clock.Advance(TimeSpan.FromSeconds(60));

        await kie.Clock.SettleAsync(() => wait.IsCompleted, "the poll the callback asked for");
        Assert.True((await wait).IsSucceeded);
        Assert.Equal([60, 60], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task Two_waiters_for_one_task_are_both_woken()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Succeeded("t-1"));
        var mark = kie.Clock.TimersCreated;
        var first = kie.Client.WaitForCompletionAsync("t-1", WithCallbacks);
        var second = kie.Client.WaitForCompletionAsync("t-1", WithCallbacks);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated >= mark + 2, "both sleeps");

        Assert.True(kie.Client.NotifyTaskUpdated("t-1"));

        await kie.Clock.SettleAsync(() => first.IsCompleted && second.IsCompleted, "both woken polls");
        Assert.Equal(2, kie.Server.Count);
        Assert.False(kie.Client.NotifyTaskUpdated("t-1"));
    }
}
