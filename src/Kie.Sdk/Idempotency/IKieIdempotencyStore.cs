namespace Kie.Sdk;

/// <summary>
/// Remembers which idempotency keys have been submitted and the task ids they produced, so that the same work is never
/// paid for twice. The default is <see cref="InMemoryKieIdempotencyStore"/>; a service that must survive restarts plugs
/// in one backed by its database (set <see cref="KieClientOptions.IdempotencyStore"/> or register it in DI).
/// </summary>
/// <remarks>
/// The client calls <see cref="TryBeginAsync"/> before sending, then exactly one of <see cref="CompleteAsync"/> (a task
/// id came back) or <see cref="AbandonAsync"/> (the request definitely created nothing). When the outcome is unknown
/// (timeout, reset, server error) the key stays pending, and later submissions with it fail with
/// <see cref="KieSubmissionUnknownException"/> instead of risking a second paid task.
/// </remarks>
public interface IKieIdempotencyStore
{
    /// <summary>Claims a key for a new submission, or reports what an earlier one left.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>
    /// <see cref="KieIdempotencyEntry.Claimed"/> when the caller now owns the key; otherwise the earlier entry
    /// (completed with a task id, or still pending).
    /// </returns>
    ValueTask<KieIdempotencyEntry> TryBeginAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records the task id a claimed key produced.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="taskId">The task id KIE returned.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the id is stored.</returns>
    ValueTask CompleteAsync(string key, string taskId, CancellationToken cancellationToken = default);

    /// <summary>Releases a claimed key whose request definitely created no task, so it may be submitted again.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the key is released.</returns>
    ValueTask AbandonAsync(string key, CancellationToken cancellationToken = default);
}
