using System.Text.Json;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// The outbox table. Messages are queued inside the caller's transaction (with the state change that calls for them)
/// and leave it as sent or dropped. One chat's messages are sent in id order: a delay (flood wait, retry) always moves
/// the whole chat, and a newly queued message never gets ahead of the chat's delayed ones.
/// </summary>
public sealed class OutboxStore
{
    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public OutboxStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Queues a message inside the caller's write transaction; wake the dispatcher after the commit.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="chatId">The chat.</param>
    /// <param name="orderId">The order it belongs to, if any.</param>
    /// <param name="purpose">What it is for.</param>
    /// <param name="payload">What to send.</param>
    /// <param name="now">The current time.</param>
    /// <returns>1 (the row queued).</returns>
    public static Task<int> EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, string? orderId, OutboxPurpose purpose, OutboxPayload payload, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var at = now.ToUnixTimeMilliseconds();
        return connection.ExecuteAsync(
            "INSERT INTO outbox (chat_id, order_id, purpose, payload, next_attempt_at, created_at) VALUES ($chat, $order, $purpose, $payload, " +
            "MAX($now, COALESCE((SELECT MAX(next_attempt_at) FROM outbox WHERE chat_id = $chat AND state = 'pending'), 0)), $now)",
            transaction,
            ("$chat", chatId), ("$order", orderId), ("$purpose", PurposeCode(purpose)),
            ("$payload", JsonSerializer.Serialize(payload, DeliveryJson.Default.OutboxPayload)), ("$now", at));
    }

    /// <summary>Queues a message in its own transaction; wake the dispatcher afterwards.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="orderId">The order it belongs to, if any.</param>
    /// <param name="purpose">What it is for.</param>
    /// <param name="payload">What to send.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when queued.</returns>
    public Task EnqueueAsync(long chatId, string? orderId, OutboxPurpose purpose, OutboxPayload payload, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => EnqueueAsync(connection, transaction, chatId, orderId, purpose, payload, _time.GetUtcNow()), cancellationToken);

    /// <summary>Whether a message of this purpose for this order is still waiting to be sent.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when one is pending.</returns>
    public Task<bool> HasPendingAsync(string orderId, OutboxPurpose purpose, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection => await connection.ScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE order_id = $order AND purpose = $purpose AND state = 'pending'",
                null,
                ("$order", orderId), ("$purpose", PurposeCode(purpose))).ConfigureAwait(false) > 0,
            cancellationToken);

    /// <summary>
    /// Chats with a due message, those waiting longest first, at most <paramref name="limit"/>. It reads the due index
    /// in time order and stops early, so a round costs the same however much is pending.
    /// </summary>
    /// <param name="limit">How many chats to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The chat ids.</returns>
    public Task<IReadOnlyList<long>> DueChatsAsync(int limit, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        return _database.ReadAsync<IReadOnlyList<long>>(
            async connection =>
            {
                var chats = new List<long>(limit);
                var seen = new HashSet<long>();

                // A chat often has several messages due at once: read a few rows per chat wanted.
                await using var command = connection.Command(
                    "SELECT chat_id FROM outbox WHERE state = 'pending' AND next_attempt_at <= $now ORDER BY next_attempt_at LIMIT $rows",
                    null,
                    ("$now", now), ("$rows", limit * 4));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (chats.Count < limit && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var chat = reader.GetInt64(0);
                    if (seen.Add(chat))
                    {
                        chats.Add(chat);
                    }
                }

                return chats;
            },
            cancellationToken);
    }

    /// <summary>When the earliest pending message becomes due, or null when nothing is pending.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The time, or null.</returns>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection => await connection.ScalarAsync<long?>("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'", null).ConfigureAwait(false) is { } at
                ? DateTimeOffset.FromUnixTimeMilliseconds(at)
                : (DateTimeOffset?)null,
            cancellationToken);

    /// <summary>The oldest pending message of a chat (the only one that may be sent next), or null.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The message or null.</returns>
    public Task<OutboxItem?> HeadAsync(long chatId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    "SELECT id, chat_id, order_id, purpose, payload, attempts, url_refused, next_attempt_at FROM outbox " +
                    "WHERE chat_id = $chat AND state = 'pending' ORDER BY id LIMIT 1",
                    null,
                    ("$chat", chatId));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new OutboxItem(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    ParsePurpose(reader.GetString(3)),
                    JsonSerializer.Deserialize(reader.GetString(4), DeliveryJson.Default.OutboxPayload) ?? new OutboxPayload(),
                    reader.GetInt32(5),
                    reader.GetInt64(6) != 0,
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)));
            },
            cancellationToken);

    /// <summary>Marks a message sent inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="id">The message.</param>
    /// <param name="now">The current time.</param>
    /// <returns>True when it was pending.</returns>
    public static async Task<bool> MarkSentAsync(SqliteConnection connection, SqliteTransaction transaction, long id, DateTimeOffset now) =>
        await connection.ExecuteAsync(
            "UPDATE outbox SET state = 'sent', finished_at = $now WHERE id = $id AND state = 'pending'",
            transaction,
            ("$id", id), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false) == 1;

    /// <summary>Marks a message sent in its own transaction (right after the platform accepted it).</summary>
    /// <param name="id">The message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task MarkSentAsync(long id, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => MarkSentAsync(connection, transaction, id, _time.GetUtcNow()), cancellationToken);

    /// <summary>Gives a message up inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="id">The message.</param>
    /// <param name="error">Why.</param>
    /// <param name="now">The current time.</param>
    /// <returns>True when it was pending.</returns>
    public static async Task<bool> DropAsync(SqliteConnection connection, SqliteTransaction transaction, long id, string error, DateTimeOffset now) =>
        await connection.ExecuteAsync(
            "UPDATE outbox SET state = 'dropped', finished_at = $now, last_error = $error WHERE id = $id AND state = 'pending'",
            transaction,
            ("$id", id), ("$error", error), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false) == 1;

    /// <summary>Gives a message up in its own transaction.</summary>
    /// <param name="id">The message.</param>
    /// <param name="error">Why.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task DropAsync(long id, string error, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => DropAsync(connection, transaction, id, error, _time.GetUtcNow()), cancellationToken);

    /// <summary>Gives up every pending message of an order (its delivery ended).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="error">Why.</param>
    /// <param name="now">The current time.</param>
    /// <returns>How many were dropped.</returns>
    public static Task<int> DropForOrderAsync(SqliteConnection connection, SqliteTransaction transaction, string orderId, string error, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "UPDATE outbox SET state = 'dropped', finished_at = $now, last_error = $error WHERE order_id = $order AND state = 'pending'",
            transaction,
            ("$order", orderId), ("$error", error), ("$now", now.ToUnixTimeMilliseconds()));

    /// <summary>The orders with result messages still pending in a chat (a blocked chat ends their delivery).</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order ids.</returns>
    public Task<IReadOnlyList<string>> PendingResultOrdersAsync(long chatId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<string>>(
            async connection =>
            {
                var orders = new List<string>();
                await using var command = connection.Command(
                    "SELECT DISTINCT order_id FROM outbox WHERE chat_id = $chat AND state = 'pending' AND purpose = 'result' AND order_id IS NOT NULL",
                    null,
                    ("$chat", chatId));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    orders.Add(reader.GetString(0));
                }

                return orders;
            },
            cancellationToken);

    /// <summary>Gives up every pending message of a chat (the user blocked the bot).</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="error">Why.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many were dropped.</returns>
    public Task<int> DropChatAsync(long chatId, string error, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "UPDATE outbox SET state = 'dropped', finished_at = $now, last_error = $error WHERE chat_id = $chat AND state = 'pending'",
                transaction,
                ("$chat", chatId), ("$error", error), ("$now", now)),
            cancellationToken);
    }

    /// <summary>
    /// Holds back every pending message of a chat until <paramref name="until"/> (a flood wait applies to the whole
    /// chat; a retry delay keeps the chat's order), counting a failed attempt against <paramref name="failedId"/>.
    /// </summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="until">Not before this time.</param>
    /// <param name="failedId">The message whose attempt failed transiently, or null for a flood wait (not its fault).</param>
    /// <param name="error">What happened.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task DeferChatAsync(long chatId, DateTimeOffset until, long? failedId, string error, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    "UPDATE outbox SET next_attempt_at = MAX(next_attempt_at, $until) WHERE chat_id = $chat AND state = 'pending'",
                    transaction,
                    ("$chat", chatId), ("$until", until.ToUnixTimeMilliseconds())).ConfigureAwait(false);
                return await connection.ExecuteAsync(
                    "UPDATE outbox SET attempts = attempts + $counted, last_error = $error " +
                    "WHERE id = COALESCE($failed, (SELECT MIN(id) FROM outbox WHERE chat_id = $chat AND state = 'pending'))",
                    transaction,
                    ("$chat", chatId), ("$failed", failedId), ("$counted", failedId is null ? 0 : 1), ("$error", error)).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Remembers that the platform would not fetch a message's files by URL (later attempts upload them).</summary>
    /// <param name="id">The message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task MarkUrlRefusedAsync(long id, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync("UPDATE outbox SET url_refused = 1 WHERE id = $id", transaction, ("$id", id)),
            cancellationToken);

    /// <summary>The stored name of a purpose.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The name.</returns>
    public static string PurposeCode(OutboxPurpose purpose) => purpose switch
    {
        OutboxPurpose.Result => "result",
        OutboxPurpose.Original => "original",
        _ => "notice",
    };

    private static OutboxPurpose ParsePurpose(string code) => code switch
    {
        "result" => OutboxPurpose.Result,
        "original" => OutboxPurpose.Original,
        _ => OutboxPurpose.Notice,
    };
}
