using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>What <see cref="KieClient.WaitForCompletionAsync"/> does with each kind of answer: progress, transient errors, not found, failures, unknown states, cancellation.</summary>
public sealed class WaitOutcomeTests
{
    private static readonly KieWaitOptions Exact = new() { Jitter = 0 };

    [Fact]
    public async Task Progress_is_reported_on_each_state_change_only()
    {
        using var kie = new Harness();
        kie.Server.Then(
            RecordInfo,
            Kie.Record("t-1", "waiting"),
            Kie.Record("t-1", "waiting"),
            Kie.Record("t-1", "queuing"),
            Kie.Record("t-1", "generating"),
            Kie.Record("t-1", "generating"),
            Kie.Record("t-1", "generating", extra: ""","progress":40"""),
            Kie.Succeeded("t-1"));
        var progress = new ProgressLog<KieTaskStatus>();

        var status = await kie.WaitAsync("t-1", Exact with { Progress = progress });

        Assert.Equal(7, kie.Server.Count);
        Assert.Equal(
            [KieTaskState.Waiting, KieTaskState.Queuing, KieTaskState.Generating, KieTaskState.Generating, KieTaskState.Success],
            progress.Items.Select(item => item.State));
        Assert.Equal([null, null, null, 40, null], progress.Items.Select(item => item.Progress));
        Assert.Same(status, progress.Items[^1]);
    }

    [Fact]
    public async Task Transient_errors_are_ridden_out_without_resetting_the_backoff()
    {
        using var kie = new Harness();
        kie.Server.Then(
            RecordInfo,
            Kie.Http(500),
            Kie.Envelope(455, "Service unavailable, maintenance", httpStatus: 455),
            Kie.Envelope(429, "Your call frequency is too high. Please try again later.", httpStatus: 429),
            Kie.Throw(new HttpRequestException("connection reset")),
            Kie.Envelope(500, "internal error"),
            Kie.Succeeded("t-1"));

        var status = await kie.WaitAsync("t-1", Exact);

        Assert.True(status.IsSucceeded);
        Assert.Equal("t-1", status.TaskId);
        Assert.Equal([2, 5, 9.5, 16.25, 26.25, 36.25], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task Record_not_found_within_the_grace_period_is_ridden_out()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.NotFound(), Kie.NotFound(), Kie.Record("t-1", "generating"), Kie.Succeeded("t-1"));

        var status = await kie.WaitAsync("t-1", Exact with { NotFoundGracePeriod = TimeSpan.FromSeconds(10) });

        Assert.True(status.IsSucceeded);
        Assert.Equal(4, kie.Server.Count);
    }

    [Fact]
    public async Task Record_not_found_after_the_grace_period_throws_KieTaskNotFoundException()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.NotFound());

        var error = await Assert.ThrowsAsync<KieTaskNotFoundException>(() =>
            kie.WaitAsync("t-404", Exact with { NotFoundGracePeriod = TimeSpan.FromSeconds(10) }));

        // Polls at 2, 5 and 9.5 s are inside the grace period; the one at 16.25 s is not.
        Assert.Equal([2, 5, 9.5, 16.25], kie.Server.SecondsOf(RecordInfo));
        Assert.Equal("t-404", error.TaskId);
        Assert.Equal(422, error.KieCode);
    }

    [Fact]
    public async Task The_not_found_grace_counts_from_the_task_creation_when_the_wait_starts_later()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.NotFound());

        // Created 5 s before the wait: of 10 s of grace, 5 s are left, so the poll at 5 s is already past it.
        await Assert.ThrowsAsync<KieTaskNotFoundException>(() =>
            kie.WaitAsync("t-404", Exact with { NotFoundGracePeriod = TimeSpan.FromSeconds(10), TaskCreatedAt = kie.Clock.GetUtcNow().AddSeconds(-5) }));
        Assert.Equal([2, 5], kie.Server.SecondsOf(RecordInfo));
    }

    [Fact]
    public async Task A_task_created_long_before_the_wait_that_KIE_does_not_know_is_an_error_at_the_first_poll()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.NotFound());

        await Assert.ThrowsAsync<KieTaskNotFoundException>(() =>
            kie.WaitAsync("t-lost", Exact with { TaskCreatedAt = kie.Clock.GetUtcNow().AddMinutes(-10) }));
        Assert.Equal([2], kie.Server.SecondsOf(RecordInfo));
    }

    [Theory]
    [InlineData(501, "Generation failed")]
    [InlineData(408, "No result for more than 10 minutes")]
    public async Task RecordInfo_code_501_or_408_ends_the_wait_as_a_failed_status(int code, string message)
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Record("t-1", "generating", model: "bytedance/seedream"), Kie.Envelope(code, message));

        var status = await kie.WaitAsync("t-1", Exact);

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.True(status.IsCompleted);
        Assert.False(status.IsSucceeded);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), status.FailCode);
        Assert.Equal(message, status.FailMessage);
        Assert.Equal("t-1", status.TaskId);
        Assert.Equal("bytedance/seedream", status.Model);
        Assert.Equal(2, kie.Server.Count);
    }

    [Fact]
    public async Task Failed_state_ends_the_wait_with_the_failure_details()
    {
        using var kie = new Harness();
        kie.Server.Then(RecordInfo, Kie.Record("t-1", "fail", extra: ""","failCode":"422","failMsg":"prompt flagged" """));

        var status = await kie.WaitAsync("t-1", Exact);

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal("422", status.FailCode);
        Assert.Equal("prompt flagged", status.FailMessage);
    }

    [Fact]
    public async Task An_unknown_state_keeps_the_wait_going_and_is_surfaced_raw()
    {
        using var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var kie = new Harness(loggerFactory: factory);
        kie.Server.Then(RecordInfo, Kie.Record("t-1", "paused"), Kie.Record("t-1", "paused"), Kie.Record("t-1", "paused"), Kie.Succeeded("t-1"));
        var progress = new ProgressLog<KieTaskStatus>();

        var status = await kie.WaitAsync("t-1", Exact with { Progress = progress });

        Assert.True(status.IsSucceeded);
        Assert.Equal(4, kie.Server.Count);
        var paused = progress.Items[0];
        Assert.Equal(KieTaskState.Unknown, paused.State);
        Assert.Equal("paused", paused.RawState);
        Assert.False(paused.IsCompleted);
        Assert.Equal(2, progress.Items.Count);
        Assert.Contains(logs.Collector.GetSnapshot(), record => record.Level == LogLevel.Warning && record.Message.Contains("paused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_state_forever_is_bounded_by_the_timeout()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Record("t-1", "paused"));

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() => kie.WaitAsync("t-1", Exact with { Timeout = TimeSpan.FromMinutes(1) }));

        Assert.Equal(KieTaskState.Unknown, error.LastStatus!.State);
        Assert.Equal("paused", error.LastStatus.RawState);
        Assert.Equal(TimeSpan.FromMinutes(1), kie.Clock.Elapsed);
    }

    [Fact]
    public async Task Cancellation_while_sleeping_stops_polling_at_once()
    {
        using var kie = new Harness();
        kie.Server.Always(RecordInfo, Kie.Record("t-1", "generating"));
        using var cancel = new CancellationTokenSource();
        var mark = kie.Clock.TimersCreated;
        var wait = kie.Client.WaitForCompletionAsync("t-1", Exact, cancel.Token);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated > mark, "the first sleep");
        kie.Clock.Advance(TimeSpan.FromSeconds(2));
        await kie.Clock.SettleAsync(() => kie.Server.Count == 1 && kie.Clock.PendingTimers == 1, "the first poll and the next sleep");
        kie.Clock.Advance(TimeSpan.FromSeconds(1));

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(0, kie.Clock.PendingTimers);
        for (var i = 0; i < 60; i++)
        {
            kie.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        await TestClock.QuietAsync();
        Assert.Equal(1, kie.Server.Count);
        Assert.False(kie.Client.NotifyTaskUpdated("t-1"));
    }

    [Fact]
    public async Task Cancellation_during_a_status_request_stops_the_wait()
    {
        using var kie = new Harness();
        var never = new TaskCompletionSource<bool>();
        kie.Server.Always(RecordInfo, Kie.After(never.Task, Kie.Record("t-1", "generating")));
        using var cancel = new CancellationTokenSource();
        var mark = kie.Clock.TimersCreated;
        var wait = kie.Client.WaitForCompletionAsync("t-1", Exact, cancel.Token);
        await kie.Clock.SettleAsync(() => kie.Clock.TimersCreated > mark, "the first sleep");
        kie.Clock.Advance(TimeSpan.FromSeconds(2));
        await kie.Clock.SettleAsync(() => kie.Server.Count == 1, "the first poll");

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        kie.Clock.Advance(TimeSpan.FromMinutes(10));
        await TestClock.QuietAsync();
        Assert.Equal(1, kie.Server.Count);
    }

    [Fact]
    public async Task GenerateAsync_creates_the_task_then_waits_for_it()
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Created("g-1"));
        kie.Server.Then(RecordInfo, Kie.Record("g-1", "generating"), Kie.Succeeded("g-1"));
        var request = new CreateTaskRequest("google/nano-banana");
        request.Input.Set("prompt", "a red bicycle");

        var status = await kie.Clock.RunAsync(() => kie.Client.GenerateAsync(request, Exact));

        Assert.True(status.IsSucceeded);
        Assert.Equal("g-1", status.TaskId);
        Assert.Equal([new Uri("https://tempfile.aiquickdraw.com/i/r.png")], status.ResultUrls);
        var requests = kie.Server.Requests;
        Assert.Equal(["POST " + CreateTask, "GET " + RecordInfo, "GET " + RecordInfo], requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal([0, 2, 5], requests.Select(r => r.At.TotalSeconds));
        Assert.Contains("\"model\":\"google/nano-banana\"", requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"prompt\":\"a red bicycle\"", requests[0].Body, StringComparison.Ordinal);
        Assert.Equal("?taskId=g-1", requests[1].Query);
    }

    [Fact]
    public async Task GenerateAsync_without_options_uses_the_video_preset_for_a_video_model()
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Created("v-1"));
        kie.Server.Always(RecordInfo, Kie.Record("v-1", "generating", model: "kling/v2-1-pro"));

        var error = await Assert.ThrowsAsync<KieWaitTimeoutException>(() => kie.Clock.RunAsync(() => kie.Client.GenerateAsync(new CreateTaskRequest("kling/v2-1-pro"))));

        Assert.Equal(TimeSpan.FromMinutes(15), error.Timeout);
        Assert.Equal("v-1", error.TaskId);
        Assert.InRange(kie.Server.SecondsOf(RecordInfo)[0], 4.0, 6.0);
    }

    [Fact]
    public void EnsureSucceeded_returns_the_status_on_success()
    {
        var status = new KieTaskStatus { TaskId = "t-1", State = KieTaskState.Success, RawState = "success" };

        Assert.Same(status, status.EnsureSucceeded());
    }

    [Fact]
    public void EnsureSucceeded_throws_with_the_failure_details_on_failure()
    {
        var status = new KieTaskStatus { TaskId = "t-1", State = KieTaskState.Failed, RawState = "fail", FailCode = "501", FailMessage = "Generation failed" };

        var error = Assert.Throws<KieTaskFailedException>(() => status.EnsureSucceeded());

        Assert.Equal("501", error.FailCode);
        Assert.Equal("Generation failed", error.FailMessage);
        Assert.Equal("t-1", error.TaskId);
        Assert.Equal(501, error.KieCode);
        Assert.Same(status, error.Status);
        Assert.Contains("501", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KieApiException>(error);
    }

    [Theory]
    [InlineData(KieTaskState.Generating)]
    [InlineData(KieTaskState.Unknown)]
    public void EnsureSucceeded_throws_for_an_unfinished_status(KieTaskState state)
    {
        var status = new KieTaskStatus { TaskId = "t-1", State = state, RawState = "paused" };

        var error = Assert.Throws<KieTaskFailedException>(() => status.EnsureSucceeded());

        Assert.Equal("t-1", error.TaskId);
        Assert.Null(error.FailCode);
    }
}
