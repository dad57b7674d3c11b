using System.Collections.Concurrent;

namespace Kie.Sdk;

/// <summary>
/// The tasks being waited for, so that a callback can wake their waiters at once instead of at the next poll.
/// </summary>
internal sealed class TaskWaiters
{
    private readonly ConcurrentDictionary<string, Signal> _signals = new(StringComparer.Ordinal);

    /// <summary>Registers a waiter for a task; dispose the returned signal when the wait ends.</summary>
    public Signal Register(string taskId) => _signals.AddOrUpdate(taskId, static id => new Signal(id), static (_, existing) => existing.AddWaiter());

    /// <summary>Wakes the waiters of a task; <see langword="false"/> when nobody waits for it.</summary>
    public bool Notify(string taskId)
    {
        if (!_signals.TryGetValue(taskId, out var signal))
        {
            return false;
        }

        signal.Set();
        return true;
    }

    private void Unregister(Signal signal)
    {
        if (signal.RemoveWaiter() == 0)
        {
            _signals.TryRemove(new KeyValuePair<string, Signal>(signal.TaskId, signal));
        }
    }

    /// <summary>A wake-up call shared by the waiters of one task.</summary>
    internal sealed class Signal
    {
        private TaskCompletionSource _source = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiters = 1;

        public Signal(string taskId) => TaskId = taskId;

        public string TaskId { get; }

        /// <summary>Completes when the task is next notified.</summary>
        public Task Woken => Volatile.Read(ref _source).Task;

        public Signal AddWaiter()
        {
            Interlocked.Increment(ref _waiters);
            return this;
        }

        public int RemoveWaiter() => Interlocked.Decrement(ref _waiters);

        public void Set() => Interlocked.Exchange(ref _source, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        public void Release(TaskWaiters owner) => owner.Unregister(this);
    }
}
