namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// Wakes the archive worker when there may be new results (an order was captured, a copy finished), so it does not
/// wait for its next poll. A wake-up that arrives while the worker is busy is kept for its next wait.
/// </summary>
public sealed class ArchiveSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the worker.</summary>
    public void Wake()
    {
        lock (_lock)
        {
            _next.TrySetResult();
        }
    }

    /// <summary>Forgets earlier wake-ups; called before looking at the database, so none that come after are lost.</summary>
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
    internal Task WaitAsync()
    {
        lock (_lock)
        {
            return _next.Task;
        }
    }
}
