using System.Diagnostics;
using Kie.Sdk.Diagnostics;

namespace Kie.Sdk;

/// <summary>Waiting for tasks: polling with backoff and jitter, woken early by callbacks.</summary>
public sealed partial class KieClient
{
    /// <inheritdoc />
    public async Task<KieTaskStatus> GenerateAsync(CreateTaskRequest request, KieWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var taskId = await CreateTaskAsync(request, cancellationToken).ConfigureAwait(false);
        var chosen = options ?? KieWaitOptions.For(request.Model);
        return await WaitForCompletionAsync(taskId, chosen.Model is null ? chosen with { Model = request.Model } : chosen, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<KieTaskStatus> WaitForCompletionAsync(string taskId, KieWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var chosen = options ?? KieWaitOptions.ForImages;
        chosen.ThrowIfInvalid();
        using var activity = KieDiagnostics.ActivitySource.StartActivity("kie.wait", ActivityKind.Internal);
        activity?.SetTag("kie.task_id", taskId);
        var signal = _shared.Waiters.Register(taskId);
        var wait = new WaitState(taskId, chosen, options is null, _time.GetTimestamp());
        try
        {
            var status = await PollUntilDoneAsync(wait, signal, cancellationToken).ConfigureAwait(false);
            Finish(wait, status.State.ToString(), activity, status.Model);
            if (status is { IsSucceeded: true, CreatedAt: { } created, CompletedAt: { } completed } && (status.Model ?? chosen.Model) is { } model)
            {
                _shared.Durations.Record(model, completed - created);
            }

            return status;
        }
        catch (KieWaitTimeoutException)
        {
            Finish(wait, "timeout", activity, wait.LastModel);
            throw;
        }
        finally
        {
            signal.Release(_shared.Waiters);
        }
    }

    /// <inheritdoc />
    public bool RecordTaskDuration(string model, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return _shared.Durations.Record(model, duration);
    }

    private async Task<KieTaskStatus> PollUntilDoneAsync(WaitState wait, TaskWaiters.Signal signal, CancellationToken cancellationToken)
    {
        var delay = wait.Options.CallbacksExpected ? wait.Options.CallbackSafetyNetDelay : wait.Options.InitialDelay;
        // learned = the model's learned duration, when the first poll goes where it says (the task's time left of it).
        TimeSpan? learned = null;
        if (LearnedDuration(wait.Options) is { } expected && expected.Left > delay)
        {
            (delay, learned) = (expected.Left, expected.Whole);
        }

        var woken = signal.Woken;
        while (true)
        {
            var remaining = wait.Options.Timeout - _time.GetElapsedTime(wait.Started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new KieWaitTimeoutException(wait.TaskId, wait.Options.Timeout, wait.LastStatus());
            }

            // Inline rather than a helper method: one async state machine less per waiter, of which there may be thousands.
            // A learned first poll is only ever moved later: moving it earlier would poll before most tasks are done.
            var jittered = learned is null ? Jittered(delay, wait.Options.Jitter) : delay + TimeSpan.FromTicks((long)(delay.Ticks * Random.Shared.NextDouble() * wait.Options.Jitter / 2));
            await Task.WhenAny(Task.Delay(Clamp(jittered, remaining), _time, cancellationToken), woken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            // Taken before the read: a callback that lands while the status is being read must wake the next sleep, not be lost.
            woken = signal.Woken;
            var status = await PollOnceAsync(wait, cancellationToken).ConfigureAwait(false);
            if (status is { IsCompleted: true })
            {
                return status;
            }

            if (wait.Adaptive && status is not null && KieModelKinds.IsVideo(status.Model) && wait.Options != KieWaitOptions.ForVideo)
            {
                // Options were not given: a video model gets the video schedule and time budget from its first status on.
                wait.Options = KieWaitOptions.ForVideo;
            }

            if (learned is { } missed)
            {
                // The first poll was placed at the learned duration and the task was not done: it should be close.
                delay = TimeSpan.FromTicks(Math.Min(Math.Max(missed.Ticks / 6, KieWaitOptions.MinimumDelay.Ticks), wait.Options.MaxDelay.Ticks));
                learned = null;
            }
            else
            {
                delay = wait.Options.CallbacksExpected
                    ? wait.Options.CallbackSafetyNetDelay
                    : TimeSpan.FromTicks(Math.Min((long)(delay.Ticks * wait.Options.BackoffFactor), wait.Options.MaxDelay.Ticks));
            }
            if (status is not null && wait.Changed)
            {
                Log.StateChanged(_logger, wait.TaskId, status.RawState ?? status.State.ToString(), (long)delay.TotalMilliseconds);
            }
        }
    }

    /// <summary>One status read; <see langword="null"/> when it failed in a way the wait rides out.</summary>
    private async Task<KieTaskStatus?> PollOnceAsync(WaitState wait, CancellationToken cancellationToken)
    {
        wait.Polls++;
        wait.Changed = false;
        KieTaskStatus status;
        try
        {
            status = await GetStatusAsync(wait.TaskId, cancellationToken).ConfigureAwait(false);
        }
        catch (KieTaskNotFoundException) when (TaskAge(wait) < wait.Options.NotFoundGracePeriod)
        {
            Log.NotFoundInGrace(_logger, wait.TaskId);
            return null;
        }
        catch (KieApiException exception) when (KieErrorCodes.IsTaskFailure(exception))
        {
            // KIE answers 501 (generation failed) or 408 (no result for too long) about the task itself.
            status = new KieTaskStatus
            {
                TaskId = wait.TaskId,
                Model = wait.LastModel,
                State = KieTaskState.Failed,
                FailCode = (exception.KieCode ?? (int?)exception.HttpStatus)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FailMessage = exception.KieMessage,
            };
        }
        catch (KieApiException exception) when (exception.IsTransient)
        {
            Log.TransientPollFailure(_logger, wait.TaskId, exception.Message);
            return null;
        }

        if (!wait.HasLast || wait.LastState != status.State || wait.LastRawState != status.RawState || wait.LastProgress != status.Progress)
        {
            wait.Changed = true;
            if (status.State == KieTaskState.Unknown)
            {
                Log.UnknownState(_logger, wait.TaskId, status.RawState);
            }

            wait.Options.Progress?.Report(status);
        }

        wait.Remember(status);
        return status;
    }

    /// <summary>
    /// How long from now the first poll should wait by what this client learned of the model, if anything: the learned
    /// duration less the time the task has already run (<see cref="KieWaitOptions.TaskCreatedAt"/>).
    /// </summary>
    private (TimeSpan Whole, TimeSpan Left)? LearnedDuration(KieWaitOptions options)
    {
        if (options is not { CallbacksExpected: false, Model: { } model, LearnedDurationQuantile: > 0 }
            || _shared.Durations.Quantile(model, options.LearnedDurationQuantile) is not { } expected)
        {
            return null;
        }

        var running = options.TaskCreatedAt is { } created ? _time.GetUtcNow() - created : TimeSpan.Zero;
        return (expected, running > TimeSpan.Zero ? expected - running : expected);
    }

    /// <summary>
    /// How long the task has existed: since <see cref="KieWaitOptions.TaskCreatedAt"/> when the wait started later, else
    /// since the wait started. The not-found grace is for a task KIE has not registered yet, so it counts from creation.
    /// </summary>
    private TimeSpan TaskAge(WaitState wait)
    {
        var waited = _time.GetElapsedTime(wait.Started);
        return wait.Options.TaskCreatedAt is { } created && _time.GetUtcNow() - created is var age && age > waited ? age : waited;
    }

    private void Finish(WaitState wait, string state, Activity? activity, string? model)
    {
        activity?.SetTag("kie.state", state);
        activity?.SetTag("kie.model", model);
        var modelTag = new KeyValuePair<string, object?>("kie.model", model);
        KieDiagnostics.TasksCompleted.Add(1, modelTag, new KeyValuePair<string, object?>("kie.state", state));
        KieDiagnostics.TaskDuration.Record(_time.GetElapsedTime(wait.Started).TotalSeconds, modelTag);
        KieDiagnostics.PollsPerTask.Record(wait.Polls, modelTag);
        Log.WaitFinished(_logger, wait.TaskId, state, wait.Polls);
    }

    private static TimeSpan Jittered(TimeSpan delay, double jitter)
    {
        var factor = 1 + ((Random.Shared.NextDouble() * 2) - 1) * jitter;
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }

    /// <summary>Never below the one-second floor (KIE allows 10 status reads per second per task), never past the deadline.</summary>
    private static TimeSpan Clamp(TimeSpan delay, TimeSpan remaining) =>
        TimeSpan.FromTicks(Math.Min(Math.Max(delay.Ticks, KieWaitOptions.MinimumDelay.Ticks), remaining.Ticks));

    /// <summary>The state of one wait.</summary>
    private sealed class WaitState(string taskId, KieWaitOptions options, bool adaptive, long started)
    {
        public string TaskId { get; } = taskId;

        public KieWaitOptions Options { get; set; } = options;

        public bool Adaptive { get; } = adaptive;

        public long Started { get; } = started;

        public bool HasLast { get; private set; }

        public KieTaskState LastState { get; private set; }

        public string? LastRawState { get; private set; }

        public int? LastProgress { get; private set; }

        public string? LastModel { get; private set; }

        /// <summary>
        /// The last status, only ever needed again for <see cref="KieWaitTimeoutException.LastStatus"/>. A wait may run
        /// for many minutes and thousands may run at once, so it keeps the record's UTF-8 (about a third of a parsed
        /// status with its documents) and reads it again on timeout, which gives an equal status. A status that is not
        /// from a record (a task failure from an error code) is kept as it is.
        /// </summary>
        private byte[]? _lastRecord;

        private KieTaskStatus? _lastBuilt;

        public void Remember(KieTaskStatus status)
        {
            HasLast = true;
            LastState = status.State;
            LastRawState = status.RawState;
            LastProgress = status.Progress;
            LastModel = status.Model;
            (_lastRecord, _lastBuilt) = status.RawJson.ValueKind == System.Text.Json.JsonValueKind.Object
                ? (System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(status.RawJson).ToArray(), null)
                : ((byte[]?)null, status);
        }

        public KieTaskStatus? LastStatus() => _lastRecord is { } record
            ? Json.KieTaskStatusReader.Read(System.Text.Json.JsonElement.Parse(record), TaskId)
            : _lastBuilt;

        public int Polls { get; set; }

        public bool Changed { get; set; }
    }
}
