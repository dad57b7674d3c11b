namespace Kie.Sdk.Testing.Tasks;

/// <summary>KIE's create limit (20 per 10 s per account) as a sliding window over accepted creates.</summary>
internal sealed class CreateRateLimiter
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _accepted = new();

    /// <summary>Takes a slot, or returns <see langword="false"/> when the window is full (the request then counts for nothing).</summary>
    public bool TryAcquire(DateTimeOffset now, int limit, TimeSpan window)
    {
        if (limit <= 0)
        {
            return true;
        }

        lock (_gate)
        {
            var windowStart = (now - window).UtcTicks;
            while (_accepted.TryPeek(out var at) && at <= windowStart)
            {
                _accepted.Dequeue();
            }

            if (_accepted.Count >= limit)
            {
                return false;
            }

            _accepted.Enqueue(now.UtcTicks);
            return true;
        }
    }
}
