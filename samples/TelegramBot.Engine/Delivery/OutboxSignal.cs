namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// Wakes the outbox dispatcher when there may be something new to send (a message was queued, a chat finished), so it
/// never polls the database on a timer. A wake-up that arrives while the dispatcher is busy is kept for its next wait.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the dispatcher (call after the transaction that queued messages has committed).</summary>
    public void Wake()
    {
        lock (_lock)
        {
            _next.TrySetResult();
        }
    }

    /// <summary>Forgets earlier wake-ups; call before looking at the outbox, so none that come after are lost.</summary>
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
