using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also knows which timers are pending, so a test can jump straight to the next
/// one and then wait (without real sleeping) until the code under test has reacted: finished, or started a new timer.
/// Every call into the fake clock is serialised by one (re-entrant) lock: FakeTimeProvider skips waking due timers
/// when an <c>Advance</c> overlaps another thread's clock read or timer creation, which would stall a test.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(10);
    private readonly object _gate = new();
    private readonly List<TrackedTimer> _timers = [];
    private int _created;

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start => Fake.Start;

    /// <summary>Fake time since the clock was created.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Fake.Start;

    /// <summary>How many timers the code under test has created so far.</summary>
    public int TimersCreated
    {
        get
        {
            lock (_gate)
            {
                return _created;
            }
        }
    }

    /// <summary>Timers created and neither fired (one-shot) nor disposed.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(timer => timer.IsPending);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return Fake.GetUtcNow();
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return Fake.GetTimestamp();
        }
    }

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TrackedTimer(this, callback, state);
        lock (_gate)
        {
            timer.Schedule(dueTime, period);
            timer.Inner = Fake.CreateTimer(static s => ((TrackedTimer)s!).Fire(), timer, dueTime, period);
            _timers.Add(timer);
            _created++;
        }

        return timer;
    }

    /// <summary>Moves fake time on, firing due timers on this thread.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            Fake.Advance(by);
        }
    }

    /// <summary>How far away the earliest pending timer is, or <see langword="null"/> when none is pending.</summary>
    public TimeSpan? NextDue()
    {
        lock (_gate)
        {
            var now = Fake.GetUtcNow();
            var due = _timers.Where(timer => timer.IsPending).Select(timer => timer.Due).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            return due == DateTimeOffset.MaxValue ? null : due <= now ? TimeSpan.Zero : due - now;
        }
    }

    /// <summary>Spins (yielding, never sleeping) until <paramref name="condition"/> holds; fails after 10 s of real time.</summary>
    public async Task SettleAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > StallLimit)
            {
                throw new TimeoutException($"Stalled at fake time {Elapsed} waiting for {what}.");
            }

            await Task.Yield();
        }
    }

    /// <summary>Yields a while, for asserting that something does NOT happen.</summary>
    public static async Task QuietAsync(int rounds = 200)
    {
        for (var i = 0; i < rounds; i++)
        {
            await Task.Yield();
        }
    }

    /// <summary>
    /// Starts an operation and drives fake time until it completes: each step jumps to the earliest pending timer, then
    /// waits until the operation has finished or created a new timer. Fails when the operation needs more than
    /// <paramref name="limit"/> of fake time (default two hours).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> start, TimeSpan? limit = null)
    {
        var mark = TimersCreated;
        var task = start();
        await DriveAsync(task, mark, limit);
        return await task;
    }

    /// <summary>Like <see cref="RunAsync{T}(Func{Task{T}}, TimeSpan?)"/> for an operation already started after <paramref name="mark"/>.</summary>
    public async Task DriveAsync(Task task, int mark, TimeSpan? limit = null)
    {
        var end = Elapsed + (limit ?? TimeSpan.FromHours(2));
        while (true)
        {
            var before = mark;
            await SettleAsync(() => task.IsCompleted || TimersCreated > before, "the operation to finish or start a timer");
            if (task.IsCompleted)
            {
                return;
            }

            var next = NextDue() ?? throw new InvalidOperationException($"At fake time {Elapsed} the operation waits on something other than the clock.");
            if (Elapsed + next > end)
            {
                throw new TimeoutException($"The operation did not finish within {limit ?? TimeSpan.FromHours(2)} of fake time.");
            }

            mark = TimersCreated;
            Advance(next);
        }
    }

    private sealed class TrackedTimer(TestClock clock, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;
        private bool _fired;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer? Inner { get; set; }

        public DateTimeOffset Due { get; private set; } = DateTimeOffset.MaxValue;

        public bool IsPending => !_disposed && Due != DateTimeOffset.MaxValue && !(_fired && _period == Timeout.InfiniteTimeSpan);

        public void Schedule(TimeSpan dueTime, TimeSpan period)
        {
            _fired = false;
            _period = period;
            Due = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : clock.Fake.GetUtcNow() + dueTime;
        }

        public void Fire()
        {
            lock (clock._gate)
            {
                _fired = true;
                if (_period != Timeout.InfiniteTimeSpan && _period != TimeSpan.Zero)
                {
                    Due = clock.Fake.GetUtcNow() + _period;
                    _fired = false;
                }
            }

            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                Schedule(dueTime, period);
                return Inner?.Change(dueTime, period) ?? false;
            }
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                _disposed = true;
                Inner?.Dispose();
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
