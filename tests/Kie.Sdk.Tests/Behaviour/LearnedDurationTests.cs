using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>
/// Waits that know their model place the first poll at the duration the client learned from earlier tasks of that model
/// (KIE's create → complete times), so a steady stream of image tasks needs about one status read each.
/// </summary>
public sealed class LearnedDurationTests
{
    private const string Model = "google/nano-banana";

    [Fact]
    public async Task After_five_finished_tasks_the_first_poll_goes_to_the_learned_duration()
    {
        using var kie = new Harness();
        await FinishTasksTakingAsync(kie, 12, 12, 12, 12, 12);
        kie.Server.Then(RecordInfo, Done("t-next", 12));

        var before = kie.Clock.Elapsed.TotalSeconds;
        await kie.WaitAsync("t-next", KieWaitOptions.For(Model) with { Jitter = 0 });

        // Offsets rounded to the millisecond: absolute clock seconds carry binary rounding noise.
        var polls = kie.Server.SecondsOf(RecordInfo).Where(at => at > before).Select(at => Math.Round(at - before, 3)).ToArray();
        Assert.Equal([12], polls);
    }

    [Fact]
    public async Task The_learned_poll_uses_the_configured_quantile_and_a_miss_is_followed_quickly()
    {
        using var kie = new Harness();
        await FinishTasksTakingAsync(kie, 6, 8, 10, 12, 30);
        kie.Server.Then(RecordInfo, Kie.Record("t-next", "generating"), Done("t-next", 20));

        var before = kie.Clock.Elapsed.TotalSeconds;
        await kie.WaitAsync("t-next", KieWaitOptions.For(Model) with { Jitter = 0, LearnedDurationQuantile = 0.8 });

        // The 0.8 quantile of 6, 8, 10, 12, 30 is 12 s; the miss is followed after a sixth of it (2 s).
        var polls = kie.Server.SecondsOf(RecordInfo).Where(at => at > before).Select(at => Math.Round(at - before, 3)).ToArray();
        Assert.Equal([12, 14], polls);
    }

    [Fact]
    public async Task Fewer_than_five_samples_other_models_zero_quantile_and_callbacks_keep_the_plain_schedule()
    {
        using var kie = new Harness();
        await FinishTasksTakingAsync(kie, 12, 12, 12, 12);
        kie.Server.Then(RecordInfo, Done("a", 12));
        await AssertFirstPollAfterAsync(kie, "a", KieWaitOptions.For(Model) with { Jitter = 0 }, 2);

        kie.Server.Then(RecordInfo, Done("b", 12));
        await AssertFirstPollAfterAsync(kie, "b", KieWaitOptions.For("flux-kontext-pro") with { Jitter = 0 }, 2);

        kie.Server.Then(RecordInfo, Done("c", 12));
        await AssertFirstPollAfterAsync(kie, "c", KieWaitOptions.For(Model) with { Jitter = 0, LearnedDurationQuantile = 0 }, 2);

        kie.Server.Then(RecordInfo, Done("d", 12));
        await AssertFirstPollAfterAsync(kie, "d", KieWaitOptions.For(Model) with { Jitter = 0, CallbacksExpected = true }, 60);

        kie.Server.Then(RecordInfo, Done("e", 12));
        await AssertFirstPollAfterAsync(kie, "e", new KieWaitOptions { Jitter = 0 }, 2);
    }

    [Fact]
    public async Task Learned_first_poll_is_jittered_only_later_never_earlier()
    {
        using var kie = new Harness();
        await FinishTasksTakingAsync(kie, 10, 10, 10, 10, 10);
        for (var i = 0; i < 20; i++)
        {
            kie.Server.Then(RecordInfo, Done("j" + i, 10));
            var before = kie.Clock.Elapsed.TotalSeconds;
            await kie.WaitAsync("j" + i, KieWaitOptions.For(Model) with { Jitter = 0.2 });
            var first = Math.Round(kie.Server.SecondsOf(RecordInfo).First(at => at > before) - before, 3);
            Assert.InRange(first, 10.0, 11.0);
        }
    }

    [Fact]
    public async Task Durations_recorded_from_elsewhere_teach_a_fresh_client()
    {
        // A restarted service: nothing waited for yet, but its own records say how long the model's tasks took.
        using var kie = new Harness();
        foreach (var seconds in new[] { 9, 10, 11, 12, 40 })
        {
            Assert.True(kie.Client.RecordTaskDuration(Model, TimeSpan.FromSeconds(seconds)));
        }

        kie.Server.Then(RecordInfo, Done("t-next", 12));
        await AssertFirstPollAfterAsync(kie, "t-next", KieWaitOptions.For(Model) with { Jitter = 0 }, 12);
    }

    [Fact]
    public void Recorded_durations_out_of_range_are_not_kept_and_a_blank_model_is_refused()
    {
        using var kie = new Harness();
        Assert.False(kie.Client.RecordTaskDuration(Model, TimeSpan.Zero));
        Assert.False(kie.Client.RecordTaskDuration(Model, TimeSpan.FromSeconds(-3)));
        Assert.False(kie.Client.RecordTaskDuration(Model, TimeSpan.FromHours(7)));
        Assert.Throws<ArgumentException>(() => kie.Client.RecordTaskDuration(" ", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_task_created_earlier_gets_only_what_is_left_of_the_learned_duration()
    {
        using var kie = new Harness();
        for (var i = 0; i < 5; i++)
        {
            kie.Client.RecordTaskDuration(Model, TimeSpan.FromSeconds(12));
        }

        // Resumed 5 s into a task the model usually finishes in 12 s: the first poll is 7 s away.
        kie.Server.Then(RecordInfo, Done("resumed", 12));
        var options = KieWaitOptions.For(Model) with { Jitter = 0, TaskCreatedAt = kie.Clock.GetUtcNow().AddSeconds(-5) };
        await AssertFirstPollAfterAsync(kie, "resumed", options, 7);

        // Running for longer than the learned duration already: the plain schedule (2 s), not a learned wait.
        kie.Server.Then(RecordInfo, Done("late", 30));
        options = KieWaitOptions.For(Model) with { Jitter = 0, TaskCreatedAt = kie.Clock.GetUtcNow().AddSeconds(-20) };
        await AssertFirstPollAfterAsync(kie, "late", options, 2);
    }

    [Fact]
    public async Task A_miss_after_a_shortened_first_poll_is_followed_after_a_sixth_of_the_whole_duration()
    {
        using var kie = new Harness();
        for (var i = 0; i < 5; i++)
        {
            kie.Client.RecordTaskDuration(Model, TimeSpan.FromSeconds(18));
        }

        kie.Server.Then(RecordInfo, Kie.Record("t", "generating"), Done("t", 20));
        var before = kie.Clock.Elapsed.TotalSeconds;
        await kie.WaitAsync("t", KieWaitOptions.For(Model) with { Jitter = 0, TaskCreatedAt = kie.Clock.GetUtcNow().AddSeconds(-6) });

        // 18 s learned, 6 s already run: first poll 12 s away; the miss is followed 3 s later (18 / 6), not 2 s (12 / 6).
        var polls = kie.Server.SecondsOf(RecordInfo).Where(at => at > before).Select(at => Math.Round(at - before, 3)).ToArray();
        Assert.Equal([12, 15], polls);
    }

    [Fact]
    public void LearnedDurationQuantile_out_of_range_is_refused_naming_it()
    {
        using var kie = new Harness();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => kie.Client.WaitForCompletionAsync("t", new KieWaitOptions { LearnedDurationQuantile = 1.5 }).GetAwaiter().GetResult());
        Assert.Contains("LearnedDurationQuantile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_a_model_carries_the_model_and_its_preset()
    {
        Assert.Equal(Model, KieWaitOptions.For(Model).Model);
        Assert.Equal(KieWaitOptions.ForVideo.InitialDelay, KieWaitOptions.For("kling/v2-1-pro").InitialDelay);
        Assert.Same(KieWaitOptions.ForImages, KieWaitOptions.For(null));
    }

    private static async Task AssertFirstPollAfterAsync(Harness kie, string taskId, KieWaitOptions options, double seconds)
    {
        var before = kie.Clock.Elapsed.TotalSeconds;
        await kie.WaitAsync(taskId, options);
        Assert.Equal(before + seconds, kie.Server.SecondsOf(RecordInfo).First(at => at > before), 3);
    }

    /// <summary>Waits for tasks that KIE reports as having taken the given seconds from creation to completion.</summary>
    private static async Task FinishTasksTakingAsync(Harness kie, params int[] seconds)
    {
        for (var i = 0; i < seconds.Length; i++)
        {
            kie.Server.Then(RecordInfo, Done("warm" + i, seconds[i]));
            await kie.WaitAsync("warm" + i, KieWaitOptions.For(Model) with { LearnedDurationQuantile = 0 });
        }
    }

    private static KieAnswer Done(string taskId, int seconds) =>
        Kie.Record(taskId, "success", Model, $$""","createTime":1700000000000,"completeTime":{{1700000000000 + (seconds * 1000L)}},"resultJson":"{\"resultUrls\":[\"https://tempfile.aiquickdraw.com/i/r.png\"]}" """);
}
