using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.History;

/// <summary>
/// Reads a user's generations from the orders tables (never writes them). Pages use a keyset cursor — the id of a
/// page's first order — walked on the (user_id, created_at, id) index, so a page costs the same however long the history
/// is; every read is scoped to the asking user, so someone else's order id simply finds nothing.
/// </summary>
internal sealed class HistoryStore
{
    private const string Columns =
        "id, model_id, mode_id, input_json, price, state, failure, failure_detail, created_at, COALESCE(delivered_at, resolved_at)";

    private readonly BotDatabase _database;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    public HistoryStore(BotDatabase database)
    {
        _database = database;
    }

    /// <summary>A page of a user's history, newest first.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="startId">The page's first order (null for the newest page).</param>
    /// <param name="size">Orders per page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, or null when <paramref name="startId"/> is not one of the user's orders.</returns>
    public Task<HistoryPage?> PageAsync(long userId, string? startId, int size, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(async connection =>
        {
            long? cursor = null;
            if (startId is not null)
            {
                cursor = await connection.ScalarAsync<long?>(
                    "SELECT created_at FROM orders WHERE id = $id AND user_id = $user", null, ("$id", startId), ("$user", userId)).ConfigureAwait(false);
                if (cursor is null)
                {
                    return null;
                }
            }

            var rows = cursor is { } at
                ? await ListAsync(
                    connection,
                    $"SELECT {Columns} FROM orders WHERE user_id = $user AND (created_at < $at OR (created_at = $at AND id <= $id)) ORDER BY created_at DESC, id DESC LIMIT $limit",
                    ("$user", userId), ("$at", at), ("$id", startId), ("$limit", size + 1)).ConfigureAwait(false)
                : await ListAsync(
                    connection,
                    $"SELECT {Columns} FROM orders WHERE user_id = $user ORDER BY created_at DESC, id DESC LIMIT $limit",
                    ("$user", userId), ("$limit", size + 1)).ConfigureAwait(false);

            var total = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE user_id = $user", null, ("$user", userId)).ConfigureAwait(false);
            long newer = 0;
            string? previous = null;
            if (cursor is { } from)
            {
                newer = await connection.ScalarAsync<long>(
                    "SELECT COUNT(*) FROM orders WHERE user_id = $user AND (created_at > $at OR (created_at = $at AND id > $id))",
                    null,
                    ("$user", userId), ("$at", from), ("$id", startId)).ConfigureAwait(false);
                previous = newer == 0 ? null : await connection.ScalarAsync<string>(
                    "SELECT id FROM (SELECT id, created_at FROM orders WHERE user_id = $user AND (created_at > $at OR (created_at = $at AND id > $id)) " +
                    "ORDER BY created_at ASC, id ASC LIMIT $limit) ORDER BY created_at DESC, id DESC LIMIT 1",
                    null,
                    ("$user", userId), ("$at", from), ("$id", startId), ("$limit", size)).ConfigureAwait(false);
            }

            var items = rows.Take(size).ToArray();
            var count = (int)Math.Max(1, (total + size - 1) / size);
            var number = (int)Math.Min(count, ((newer + size - 1) / size) + 1);
            return new HistoryPage(items, items.FirstOrDefault()?.Id, previous, rows.Count > size ? rows[size].Id : null, number, count);
        }, cancellationToken);

    /// <summary>One of the user's orders with its result files.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order and files, or null when it is not the user's (or does not exist).</returns>
    public Task<(HistoryEntry Entry, IReadOnlyList<OrderResultFile> Files)?> FindAsync(long userId, string orderId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<(HistoryEntry, IReadOnlyList<OrderResultFile>)?>(async connection =>
        {
            if (!OrderIds.IsWellFormed(orderId))
            {
                return null;
            }

            var found = await ListAsync(connection, $"SELECT {Columns} FROM orders WHERE id = $id AND user_id = $user", ("$id", orderId), ("$user", userId)).ConfigureAwait(false);
            if (found.Count == 0)
            {
                return null;
            }

            var files = await OrderStore.ListResultsAsync(connection, orderId, cancellationToken).ConfigureAwait(false);
            return (found[0], files);
        }, cancellationToken);

    private static async Task<IReadOnlyList<HistoryEntry>> ListAsync(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var entries = new List<HistoryEntry>();
        await using var command = connection.Command(sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new HistoryEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt64(4),
                OrderStates.Parse(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                reader.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))));
        }

        return entries;
    }
}
