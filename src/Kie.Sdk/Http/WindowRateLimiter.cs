using System.Diagnostics.Metrics;

namespace Kie.Sdk.Http;

/// <summary>
/// Queues calls so that no more than <c>limit</c> start in any <c>window</c>, because KIE refuses (does not queue) the
/// excess: task creations (20 per 10 s per account) and model lookups (1 per second, shared by list, schema, price and
/// success-rate). Keeps the start times of the last <c>limit</c> calls, so the limit holds for every window, not only
/// for aligned ones. Runs on a <see cref="TimeProvider"/>; waiting honours cancellation.
/// </summary>
internal sealed class WindowRateLimiter : IDisposable
{
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly UpDownCounter<long>? _queued;
    private readonly Histogram<double>? _queueTime;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly long[] _starts;
    private int _next;

    /// <summary>Creates a limiter; a <paramref name="limit"/> of 0 lets everything through.</summary>
    /// <param name="limit">Calls allowed to start per window.</param>
    /// <param name="window">The window length.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="queued">Counts calls waiting right now, when given.</param>
    /// <param name="queueTime">Records how long each call waited (seconds), when given.</param>
    public WindowRateLimiter(int limit, TimeSpan window, TimeProvider timeProvider, UpDownCounter<long>? queued = null, Histogram<double>? queueTime = null)
    {
        _limit = limit;
        _window = window;
        _time = timeProvider;
        _queued = queued;
        _queueTime = queueTime;
        _starts = new long[Math.Max(limit, 1)];
        Array.Fill(_starts, long.MinValue);
    }

    /// <summary>Waits for a turn, then records the call as started.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (_limit == 0)
        {
            return;
        }

        var queuedAt = _time.GetTimestamp();
        _queued?.Add(1);
        try
        {
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The slot to reuse holds the start of the call `limit` places back; it must have left the window.
                var oldest = _starts[_next];
                if (oldest != long.MinValue)
                {
                    var wait = _window - _time.GetElapsedTime(oldest);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                    }
                }

                _starts[_next] = _time.GetTimestamp();
                _next = (_next + 1) % _starts.Length;
            }
            finally
            {
                _turn.Release();
            }
        }
        finally
        {
            _queued?.Add(-1);
            _queueTime?.Record(_time.GetElapsedTime(queuedAt).TotalSeconds);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();
}
