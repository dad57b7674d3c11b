namespace Kie.Sdk.Testing.Tasks;

/// <summary>
/// Settles tasks when their completion time passes, even if nobody polls: one shared timer from the
/// <see cref="TimeProvider"/>, armed for the earliest pending completion, over a priority queue. So 10 000 running
/// tasks cost 10 000 queue entries, not 10 000 timers. Requests also settle overdue tasks on arrival, which covers
/// a real clock's timer firing a little late.
/// </summary>
internal sealed class CompletionScheduler : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Action<KieSimulatorTask> _settle;
    private readonly Lock _queueGate = new();
    private readonly PriorityQueue<KieSimulatorTask, long> _pending = new();

    // Serialises timer.Change calls; each call reads the latest target, so the last one applied is always right.
    // Never held while tasks are settled, since settling runs user callbacks.
    private readonly Lock _timerGate = new();
    private readonly ITimer _timer;

    // UtcTicks of the earliest pending completion; read without a lock on every request.
    private long _nextDue = long.MaxValue;
    private bool _disposed;

    public CompletionScheduler(TimeProvider time, Action<KieSimulatorTask> settle)
    {
        _time = time;
        _settle = settle;
        _timer = time.CreateTimer(static state => ((CompletionScheduler)state!).Pump(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Schedule(KieSimulatorTask task, DateTimeOffset due)
    {
        bool earlier;
        lock (_queueGate)
        {
            _pending.Enqueue(task, due.UtcTicks);
            earlier = due.UtcTicks < _nextDue;
            if (earlier)
            {
                Volatile.Write(ref _nextDue, due.UtcTicks);
            }
        }

        if (earlier)
        {
            Pump();
        }
    }

    /// <summary>Settles whatever is overdue. Cheap when nothing is: one volatile read and a clock read.</summary>
    public void RunDue()
    {
        if (Volatile.Read(ref _nextDue) <= _time.GetUtcNow().UtcTicks)
        {
            Pump();
        }
    }

    public void Dispose()
    {
        lock (_timerGate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void Pump()
    {
        while (true)
        {
            lock (_timerGate)
            {
                if (_disposed)
                {
                    return;
                }

                var target = Volatile.Read(ref _nextDue);
                var now = _time.GetUtcNow().UtcTicks;
                if (target == long.MaxValue)
                {
                    _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                    return;
                }

                if (target > now)
                {
                    _timer.Change(TimeSpan.FromTicks(target - now), Timeout.InfiniteTimeSpan);
                    return;
                }
            }

            // Overdue: settle outside both locks, then loop to arm the timer for whatever is next.
            foreach (var task in TakeDue())
            {
                _settle(task);
            }
        }
    }

    private List<KieSimulatorTask> TakeDue()
    {
        var due = new List<KieSimulatorTask>();
        lock (_queueGate)
        {
            var now = _time.GetUtcNow().UtcTicks;
            while (_pending.TryPeek(out var task, out var at) && at <= now)
            {
                _pending.Dequeue();
                due.Add(task);
            }

            Volatile.Write(ref _nextDue, _pending.TryPeek(out _, out var next) ? next : long.MaxValue);
        }

        return due;
    }
}
