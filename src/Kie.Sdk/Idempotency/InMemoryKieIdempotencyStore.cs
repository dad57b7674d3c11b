namespace Kie.Sdk;

/// <summary>
/// The default <see cref="IKieIdempotencyStore"/>: keys live in this process only, the newest
/// <see cref="Capacity"/> of them (the oldest claim is forgotten first). Thread-safe.
/// </summary>
public sealed class InMemoryKieIdempotencyStore : IKieIdempotencyStore
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byAge = new();
    private readonly Lock _gate = new();

    /// <summary>Creates a store that keeps at most <paramref name="capacity"/> keys, forgetting the oldest first.</summary>
    /// <param name="capacity">How many keys to keep. Default 100,000.</param>
    public InMemoryKieIdempotencyStore(int capacity = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>How many keys the store keeps.</summary>
    public int Capacity { get; }

    /// <inheritdoc />
    public ValueTask<KieIdempotencyEntry> TryBeginAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return ValueTask.FromResult(existing.Value.TaskId is { } taskId ? KieIdempotencyEntry.Completed(taskId) : KieIdempotencyEntry.Pending);
            }

            _entries.Add(key, _byAge.AddLast(new Entry(key)));
            if (_entries.Count > Capacity && _byAge.First is { } oldest)
            {
                _byAge.RemoveFirst();
                _entries.Remove(oldest.Value.Key);
            }

            return ValueTask.FromResult(KieIdempotencyEntry.Claimed);
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string key, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                node.Value.TaskId = taskId;
            }
            else
            {
                // Evicted while its request was in flight: remember the result again rather than lose it.
                _entries.Add(key, _byAge.AddLast(new Entry(key) { TaskId = taskId }));
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask AbandonAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && node.Value.TaskId is null)
            {
                _entries.Remove(key);
                _byAge.Remove(node);
            }
        }

        return ValueTask.CompletedTask;
    }

    private sealed class Entry(string key)
    {
        public string Key { get; } = key;

        public string? TaskId { get; set; }
    }
}
