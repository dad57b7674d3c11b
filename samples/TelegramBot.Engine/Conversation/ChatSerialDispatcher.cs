namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// Runs work for many chats at once but for each chat in arrival order: Telegram's polling loop is sequential, and one
/// slow chat must not hold up the others, while two quick taps in one chat must not race.
/// </summary>
public sealed class ChatSerialDispatcher
{
    private readonly Dictionary<long, Task> _tails = [];
    private readonly Lock _lock = new();
    private int _pending;
    private TaskCompletionSource _idle = CompletedSource();

    /// <summary>How many work items are queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues work for a chat; it starts after the chat's earlier work finished (failed or not).</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="work">The work; its exceptions are the caller's to handle inside it.</param>
    /// <returns>A task that completes when this work item finished.</returns>
    public Task Enqueue(long chatId, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Task next;
        lock (_lock)
        {
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            var previous = _tails.TryGetValue(chatId, out var tail) ? tail : Task.CompletedTask;
            next = RunAfterAsync(previous, work);
            _tails[chatId] = next;
        }

        _ = next.ContinueWith(
            finished =>
            {
                lock (_lock)
                {
                    if (_tails.TryGetValue(chatId, out var tail) && tail == finished)
                    {
                        _tails.Remove(chatId);
                    }

                    if (--_pending == 0)
                    {
                        _idle.TrySetResult();
                    }
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return next;
    }

    /// <summary>Completes when nothing is queued or running (shutdown, tests).</summary>
    /// <returns>A task that completes when idle.</returns>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return _idle.Task;
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        try
        {
            await previous.ConfigureAwait(false);
        }
        catch
        {
            // The earlier item's failure is its own; this one runs regardless.
        }

        await Task.Yield();
        await work().ConfigureAwait(false);
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
