namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// Wakes a background worker when there may be new work, so it need not poll the database on a timer. A wake-up that
/// arrives while the worker is busy is kept for its next wait. Each worker has its own subclass, so each is its own
/// service.
/// </summary>
public abstract class WakeSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the worker (call after the transaction that made the work has committed).</summary>
    public void Wake()
    {
        lock (_lock)
        {
            _next.TrySetResult();
        }
    }

    /// <summary>Forgets earlier wake-ups; the worker calls it before looking for work, so none that come after are lost.</summary>
    internal void Reset()
    {
        lock (_lock)
        {
            if (_next.Task.IsCompleted)
            {
                _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Completes at the next wake-up (at once if one came since the last <see cref="Reset"/>).</summary>
    /// <returns>The task.</returns>
    internal Task WaitAsync()
    {
        lock (_lock)
        {
            return _next.Task;
        }
    }

    /// <summary>
    /// Sleeps until the next wake-up or until <paramref name="wakeAt"/>, whichever comes first (no time: only a wake-up
    /// ends it). The timer is cancelled when woken early, so no stale timer is left behind on the clock.
    /// </summary>
    /// <param name="wakeAt">When to wake at the latest; null for no timer.</param>
    /// <param name="time">The worker's clock.</param>
    /// <param name="ignoreWakeUps">Only the timer ends the sleep (the worker chose to wait whatever happens).</param>
    /// <param name="stoppingToken">Stops the worker.</param>
    /// <returns>True when a wake-up came before the time.</returns>
    internal async Task<bool> SleepAsync(DateTimeOffset? wakeAt, TimeProvider time, bool ignoreWakeUps, CancellationToken stoppingToken)
    {
        var woken = WaitAsync();
        if (wakeAt is not { } at)
        {
            await woken.WaitAsync(stoppingToken).ConfigureAwait(false);
            return true;
        }

        var delay = at - time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return !ignoreWakeUps && woken.IsCompleted;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = Task.Delay(delay, time, timer.Token);
        var first = await (ignoreWakeUps ? Task.WhenAny(sleep) : Task.WhenAny(woken, sleep)).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
        return first == woken;
    }

    /// <summary>
    /// <see cref="SleepAsync"/> between a worker's rounds, then goes on off the clock's thread (a timer may have ended
    /// the sleep on it, and a clock callback must never be blocked by the next round).
    /// </summary>
    /// <param name="wakeAt">When to wake at the latest; null for no timer.</param>
    /// <param name="time">The worker's clock.</param>
    /// <param name="ignoreWakeUps">Only the timer ends the sleep (the worker chose to wait whatever happens).</param>
    /// <param name="stoppingToken">Stops the worker.</param>
    /// <returns>False when the worker is stopping.</returns>
    internal async Task<bool> RestAsync(DateTimeOffset? wakeAt, TimeProvider time, bool ignoreWakeUps, CancellationToken stoppingToken)
    {
        try
        {
            await SleepAsync(wakeAt, time, ignoreWakeUps, stoppingToken).ConfigureAwait(false);
            await Task.Yield();
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
