using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>When <see cref="KieClient.WaitForCompletionAsync"/> polls: first delay, backoff, cap, jitter, floor, timeout.</summary>
public sealed class WaitScheduleTests
{
    private static readonly KieWaitOptions Exact = new() { Jitter = 0 };

    [Fact]
    public async Task First_poll_waits_for_InitialDelay_then_delays_grow_by_BackoffFactor_up_to_MaxDelay()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Enumerable.Repeat(Kie.Record("t-1", "generating"), 7).Append(Kie.Succeeded("t-1")).ToArray());

        var mark = kie.Clock.TimersCreated;
        var wait = kie.Client.WaitForCompletionAsync("t-1", Exact);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated > mark, "the first sleep");
        Assert.Equal(0, kie.Server.Count);
        await kie.Clock.DriveAsync(wait, mark);

        var status = await (Task<KieTaskStatus>)wait;
        Assert.Equal(KieTaskState.Success, status.State);
        // 2 s, then ×1.5: 3, 4.5, 6.75, then capped at 10.
        Assert.Equal([2, 5, 9.5, 16.25, 26.25, 36.25, 46.25, 56.25], kie.Server.SecondsOf(RecordInfo));
        Assert.All(kie.Server.Requests, request => Assert.Equal("?taskId=t-1", request.Query));
    }

    [Fact]
    public async Task Custom_schedule_is_followed_exactly_when_jitter_is_zero()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Record("t-1", "waiting"), Kie.Record("t-1", "queuing"), Kie.Record("t-1", "generating"), Kie.Record("t-1", "generating"))
            .Then(RecordInfo, Kie.Succeeded("t-1"));

        await kie.WaitAsync("t-1", new KieWaitOptions { InitialDelay = TimeSpan.FromSeconds(3), BackoffFactor = 2, MaxDelay = TimeSpan.FromSeconds(20), Jitter = 0 });

        Assert.Equal([3, 9, 21, 41, 61], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task Jitter_varies_each_delay_but_keeps_it_within_plus_minus_Jitter()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Record("t-1", "generating"));
        var options = new KieWaitOptions
        {
            InitialDelay = TimeSpan.FromSeconds(10),
            BackoffFactor = 1,
            MaxDelay = TimeSpan.FromSeconds(10),
            Jitter = 0.2,
            Timeout = TimeSpan.FromSeconds(400),
        };

        await Assert.ThrowsAsync<KieWaitTimeoutException>(() => kie.WaitAsync("t-1", options));

        var times = kie.Server.SecondsOf(RecordInfo);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).Prepend(times[0]).SkipLast(1).ToArray(); // the last poll is cut short by the deadline
        Assert.True(gaps.Length >= 25, $"only {gaps.Length} polls");
        Assert.All(gaps, gap => Assert.InRange(gap, 8.0, 12.0));
        Assert.True(gaps.Distinct().Count() > 5, "delays should vary: " + string.Join(", ", gaps));
        Assert.Contains(gaps, gap => gap < 9.5);
        Assert.Contains(gaps, gap => gap > 10.5);
    }

    [Fact]
    public async Task Delays_never_go_below_one_second_even_when_InitialDelay_is_lower()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Enumerable.Repeat(Kie.Record("t-1", "generating"), 5).Append(Kie.Succeeded("t-1")).ToArray());

        await kie.WaitAsync("t-1", new KieWaitOptions { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1), Jitter = 0 });

        Assert.Equal([1, 2, 3, 4, 5, 6], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task Zero_InitialDelay_and_large_jitter_still_keep_one_second_between_polls()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Enumerable.Repeat(Kie.Record("t-1", "generating"), 30).Append(Kie.Succeeded("t-1")).ToArray());

        await kie.WaitAsync("t-1", new KieWaitOptions { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.FromSeconds(1), Jitter = 0.5 });

        var times = kie.Server.SecondsOf(RecordInfo);
        Assert.Equal(31, times.Length);
        Assert.True(times[0] >= 1, $"first poll at {times[0]} s");
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.InRange(gap, 1.0, 1.5));
    }

    [Fact]
    public async Task MaxDelay_below_one_second_is_rejected_naming_the_option()
    {
        using var kie = new Harness();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            kie.Client.WaitForCompletionAsync("t-1", new KieWaitOptions { MaxDelay = TimeSpan.FromMilliseconds(500) }));

        Assert.Equal(nameof(KieWaitOptions.MaxDelay), error.ParamName);
        Assert.Contains("KieWaitOptions.MaxDelay", error.Message, StringComparison.Ordinal);
        await TestClock.QuietAsync();
        Assert.Equal(0, kie.Server.Count);
    }

    [Fact]
    public async Task Timeout_ends_with_a_final_poll_at_the_deadline_and_reports_task_id_and_last_status()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Record("t-9", "generating"));

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() =>
            kie.WaitAsync("t-9", new KieWaitOptions { Jitter = 0, Timeout = TimeSpan.FromSeconds(20) }));

        Assert.Equal([2, 5, 9.5, 16.25, 20], kie.Server.SecondsOf(RecordInfo));
        Assert.Equal("t-9", error.TaskId);
        Assert.Equal(TimeSpan.FromSeconds(20), error.Timeout);
        Assert.NotNull(error.LastStatus);
        Assert.Equal(KieTaskState.Generating, error.LastStatus.State);
        Assert.Equal("generating", error.LastStatus.RawState);
        Assert.True(error.IsTransient);
        Assert.Contains("t-9", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, kie.Clock.Elapsed.TotalSeconds);
    }

    [Fact]
    public async Task Timeout_without_any_readable_status_has_no_last_status()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Http(500));

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() =>
            kie.WaitAsync("t-9", new KieWaitOptions { Jitter = 0, Timeout = TimeSpan.FromSeconds(10) }));

        Assert.Null(error.LastStatus);
        Assert.Equal([2, 5, 9.5, 10], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task Without_options_a_video_model_gets_the_video_schedule_and_its_15_minute_timeout()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Record("v-1", "generating", model: "kling/v2-1-pro"));

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() => kie.WaitAsync("v-1", options: null));

        Assert.Equal(TimeSpan.FromMinutes(15), error.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(15), kie.Clock.Elapsed);
        var times = kie.Server.SecondsOf(RecordInfo);
        Assert.Equal(900, times[^1]);
        // Video delays are capped at 15 s (±20 % jitter); image delays would be capped at 10 s.
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).SkipLast(1).ToArray();
        Assert.Contains(gaps, gap => gap > 12.5);
        Assert.All(gaps, gap => Assert.InRange(gap, 1.0, 18.0));
    }

    [Fact]
    public async Task Without_options_an_image_model_keeps_the_5_minute_timeout()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Record("i-1", "generating", model: "google/nano-banana"));

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() => kie.WaitAsync("i-1", options: null));

        Assert.Equal(TimeSpan.FromMinutes(5), error.Timeout);
        Assert.Equal(300, kie.Server.SecondsOf(RecordInfo)[^1]);
        var times = kie.Server.SecondsOf(RecordInfo);
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.InRange(gap, 0.0, 12.0));
    }
}
