using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// The KIE client's idempotency keys in the bot's database, so "this order was submitted, as task X" survives a
/// restart: a key (the order id) is claimed before its create request, completed with the task id that came back, or
/// released when KIE definitely created nothing. A key left claimed means the outcome is unknown; the SDK then refuses
/// to submit it again rather than risk a second paid task.
/// </summary>
/// <remarks>
/// The client may call in from a timer's thread (its create-rate queue); each method first moves to the thread pool so
/// a database wait never holds up a clock callback.
/// </remarks>
public sealed class SqliteKieIdempotencyStore : IKieIdempotencyStore
{
    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public SqliteKieIdempotencyStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async ValueTask<KieIdempotencyEntry> TryBeginAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await Task.Yield();
        var now = Now();
        return await _database.WriteAsync(
            async (connection, transaction) =>
            {
                if (await connection.ExecuteAsync(
                    "INSERT INTO kie_idempotency (key, created_at, updated_at) VALUES ($key, $now, $now) ON CONFLICT(key) DO NOTHING",
                    transaction,
                    ("$key", key), ("$now", now)).ConfigureAwait(false) == 1)
                {
                    return KieIdempotencyEntry.Claimed;
                }

                var taskId = await connection.ScalarAsync<string>("SELECT task_id FROM kie_idempotency WHERE key = $key", transaction, ("$key", key)).ConfigureAwait(false);
                return taskId is null ? KieIdempotencyEntry.Pending : KieIdempotencyEntry.Completed(taskId);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(string key, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        await Task.Yield();
        var now = Now();
        await _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO kie_idempotency (key, task_id, created_at, updated_at) VALUES ($key, $task, $now, $now) " +
                "ON CONFLICT(key) DO UPDATE SET task_id = excluded.task_id, updated_at = excluded.updated_at",
                transaction,
                ("$key", key), ("$task", taskId), ("$now", now)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask AbandonAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await Task.Yield();
        await _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync("DELETE FROM kie_idempotency WHERE key = $key AND task_id IS NULL", transaction, ("$key", key)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The task id a key produced, or null when it produced none (or its outcome is unknown).</summary>
    /// <param name="key">The key (an order id).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The task id or null.</returns>
    public Task<string?> FindTaskIdAsync(string key, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => connection.ScalarAsync<string>("SELECT task_id FROM kie_idempotency WHERE key = $key", null, ("$key", key)), cancellationToken);

    /// <summary>Forgets keys older than <paramref name="age"/> (their orders are long finished).</summary>
    /// <param name="age">How old a key may get.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many keys were forgotten.</returns>
    public Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken = default)
    {
        var cutoff = Now() - (long)age.TotalMilliseconds;
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync("DELETE FROM kie_idempotency WHERE created_at < $cutoff", transaction, ("$cutoff", cutoff)),
            cancellationToken);
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
