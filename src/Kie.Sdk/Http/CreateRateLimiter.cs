using Kie.Sdk.Diagnostics;

namespace Kie.Sdk.Http;

/// <summary>
/// Queues task creations so that no more than <c>limit</c> start in any <c>window</c> (KIE: 20 per 10 s per account;
/// excess calls are refused, not queued). Keeps the start times of the last <c>limit</c> creations, so the limit holds
/// for every window, not only for aligned ones. Runs on a <see cref="TimeProvider"/>; waiting honours cancellation.
/// </summary>
internal sealed class CreateRateLimiter : IDisposable
{
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly long[] _starts;
    private int _next;

    /// <summary>Creates a limiter; a <paramref name="limit"/> of 0 lets everything through.</summary>
    public CreateRateLimiter(int limit, TimeSpan window, TimeProvider timeProvider)
    {
        _limit = limit;
        _window = window;
        _time = timeProvider;
        _starts = new long[Math.Max(limit, 1)];
        Array.Fill(_starts, long.MinValue);
    }

    /// <summary>Waits for a turn, then records the creation as started.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (_limit == 0)
        {
            return;
        }

        var queuedAt = _time.GetTimestamp();
        KieDiagnostics.CreatesQueued.Add(1);
        try
        {
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The slot to reuse holds the start of the creation `limit` places back; it must have left the window.
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
            KieDiagnostics.CreatesQueued.Add(-1);
            KieDiagnostics.CreateQueueTime.Record(_time.GetElapsedTime(queuedAt).TotalSeconds);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();
}
