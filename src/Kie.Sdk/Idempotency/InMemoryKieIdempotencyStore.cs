using System.Collections.Concurrent;

namespace Kie.Sdk;

/// <summary>
/// The default <see cref="IKieIdempotencyStore"/>: keys live in this process only, the newest
/// <see cref="Capacity"/> of them. Thread-safe.
/// </summary>
public sealed class InMemoryKieIdempotencyStore : IKieIdempotencyStore
{
    private const string PendingMarker = "";
    private readonly ConcurrentDictionary<string, string> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

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
        if (_entries.TryAdd(key, PendingMarker))
        {
            _order.Enqueue(key);
            Trim();
            return ValueTask.FromResult(KieIdempotencyEntry.Claimed);
        }

        return ValueTask.FromResult(_entries.TryGetValue(key, out var taskId) && taskId.Length > 0
            ? KieIdempotencyEntry.Completed(taskId)
            : KieIdempotencyEntry.Pending);
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string key, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        _entries[key] = taskId;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask AbandonAsync(string key, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(new KeyValuePair<string, string>(key, PendingMarker));
        return ValueTask.CompletedTask;
    }

    private void Trim()
    {
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
        }
    }
}
