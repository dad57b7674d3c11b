namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Wakes the <see cref="BonusExpirySweeper"/> when a lot was granted (it then sleeps until the next expiry): without
/// lots the sweeper keeps no timer at all.
/// </summary>
public sealed class BonusExpirySignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the sweeper (cheap; call after, or inside, a transaction that granted a lot).</summary>
    public void Wake()
    {
        lock (_lock)
        {
            _next.TrySetResult();
        }
    }

    /// <summary>Arms the signal again after a wake (before the sweeper reads, so no wake is lost).</summary>
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

    /// <summary>Completes at the next wake.</summary>
    /// <returns>The task.</returns>
    internal Task WaitAsync()
    {
        lock (_lock)
        {
            return _next.Task;
        }
    }
}
