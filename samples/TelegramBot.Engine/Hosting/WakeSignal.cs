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
}
