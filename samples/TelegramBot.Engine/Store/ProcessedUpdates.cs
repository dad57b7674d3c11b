using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Store;

/// <summary>
/// Remembers which platform update ids were handled, so a redelivered update (polling after a crash, a webhook retry)
/// changes nothing. Ids older than two days are forgotten: Telegram keeps updates for at most 24 hours.
/// </summary>
public sealed class ProcessedUpdates
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);
    private readonly TimeProvider _time;
    private long _inserted;

    /// <summary>Creates the store.</summary>
    /// <param name="time">The clock.</param>
    public ProcessedUpdates(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Marks an update as handled inside the caller's write transaction; false when it was handled before.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="updateId">The update id.</param>
    /// <returns>True the first time only.</returns>
    public async Task<bool> TryMarkAsync(SqliteConnection connection, SqliteTransaction transaction, long updateId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var now = _time.GetUtcNow();
        if (Interlocked.Increment(ref _inserted) % 1000 == 0)
        {
            await connection.ExecuteAsync("DELETE FROM processed_updates WHERE processed_at < $before", transaction, ("$before", (now - Retention).ToUnixTimeMilliseconds())).ConfigureAwait(false);
        }

        return await connection.ExecuteAsync(
            "INSERT INTO processed_updates (update_id, processed_at) VALUES ($id, $now) ON CONFLICT(update_id) DO NOTHING",
            transaction,
            ("$id", updateId), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false) == 1;
    }
}
