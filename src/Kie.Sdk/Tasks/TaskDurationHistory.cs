namespace Kie.Sdk;

/// <summary>
/// How long recent tasks of each model took (KIE's own create → complete times), so a wait can place its first poll
/// where the task is most likely done instead of polling on a blind schedule. Keeps the last
/// <see cref="SamplesPerModel"/> durations per model, for at most <see cref="MaxModels"/> models.
/// </summary>
internal sealed class TaskDurationHistory
{
    /// <summary>Durations kept per model.</summary>
    public const int SamplesPerModel = 32;

    /// <summary>Fewer samples than this and a model's durations are not trusted yet.</summary>
    public const int MinimumSamples = 5;

    /// <summary>Models tracked (the catalog has far fewer; the cap only guards against unbounded ids).</summary>
    public const int MaxModels = 512;

    private readonly Dictionary<string, Ring> _models = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The longest duration kept: anything longer is a task that was stuck, not a sample of the model's speed.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(6);

    /// <summary>Records one finished task's duration.</summary>
    /// <returns><see langword="false"/> when it was not kept (out of range, or too many models tracked).</returns>
    public bool Record(string model, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero || duration > MaxDuration)
        {
            return false;
        }

        lock (_lock)
        {
            if (!_models.TryGetValue(model, out var ring))
            {
                if (_models.Count >= MaxModels)
                {
                    return false;
                }

                _models[model] = ring = new Ring();
            }

            ring.Add(duration.Ticks);
            return true;
        }
    }

    /// <summary>The <paramref name="quantile"/> of a model's recent durations, or null with too few samples.</summary>
    public TimeSpan? Quantile(string model, double quantile)
    {
        Span<long> sorted = stackalloc long[SamplesPerModel];
        int count;
        lock (_lock)
        {
            if (!_models.TryGetValue(model, out var ring) || ring.Count < MinimumSamples)
            {
                return null;
            }

            count = ring.CopyTo(sorted);
        }

        sorted = sorted[..count];
        sorted.Sort();
        var index = (int)Math.Ceiling(quantile * count) - 1;
        return TimeSpan.FromTicks(sorted[Math.Clamp(index, 0, count - 1)]);
    }

    private sealed class Ring
    {
        private readonly long[] _ticks = new long[SamplesPerModel];
        private int _next;

        public int Count { get; private set; }

        public void Add(long ticks)
        {
            _ticks[_next] = ticks;
            _next = (_next + 1) % SamplesPerModel;
            Count = Math.Min(Count + 1, SamplesPerModel);
        }

        public int CopyTo(Span<long> destination)
        {
            _ticks.AsSpan(0, Count).CopyTo(destination);
            return Count;
        }
    }
}
