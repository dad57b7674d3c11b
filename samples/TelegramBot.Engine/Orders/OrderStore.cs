using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// The orders table: reads and the state changes that stand alone. Changes that move money or queue messages with them
/// live in <see cref="OrderSettlement"/>, inside one transaction each.
/// </summary>
public sealed class OrderStore
{
    private const string SelectOrder =
        "SELECT o.id, o.user_id, o.chat_id, o.draft_id, o.model_id, o.mode_id, o.api_model, o.input_json, o.credits, o.price, o.currency, " +
        "o.state, o.task_id, o.progress_message_id, o.failure, u.language, o.created_at, o.submitted_at " +
        "FROM orders o LEFT JOIN users u ON u.id = o.user_id WHERE o.id = $id";

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public OrderStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Reads an order, or null when there is none with that id.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order or null.</returns>
    public Task<OrderRecord?> FindAsync(string orderId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => ReadAsync(connection, null, orderId), cancellationToken);

    /// <summary>Reads an order inside a transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="orderId">The order id.</param>
    /// <returns>The order or null.</returns>
    public static async Task<OrderRecord?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string orderId)
    {
        await using var command = connection.Command(SelectOrder, transaction, ("$id", orderId));
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }

        return new OrderRecord(
            reader.GetString(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.GetString(7),
            decimal.Parse(reader.GetString(8), NumberStyles.Number, CultureInfo.InvariantCulture),
            reader.GetInt64(9),
            reader.GetString(10),
            OrderStates.Parse(reader.GetString(11)),
            reader.IsDBNull(12) ? null : reader.GetString(12),
            reader.IsDBNull(13) ? null : reader.GetInt32(13),
            reader.IsDBNull(14) ? null : reader.GetString(14),
            BotLanguages.FromCode(reader.IsDBNull(15) ? null : reader.GetString(15)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(16)),
            reader.IsDBNull(17) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(17)));
    }

    /// <summary>Reserved → Submitting, just before the task is created.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the order was Reserved.</returns>
    public async Task<bool> MarkSubmittingAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var now = Now();
        return await _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                "UPDATE orders SET state = 'submitting', submitted_at = $now, updated_at = $now WHERE id = $id AND state = 'reserved'",
                transaction,
                ("$id", orderId), ("$now", now)).ConfigureAwait(false) == 1,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the task id KIE returned (the order is Running from now on).</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="taskId">KIE's task id.</param>
    /// <param name="progressMessageId">The progress message, when already sent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the order was still waiting for its task.</returns>
    public async Task<bool> MarkRunningAsync(string orderId, string taskId, int? progressMessageId, CancellationToken cancellationToken = default)
    {
        var now = Now();
        return await _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                "UPDATE orders SET state = 'running', task_id = $task, progress_message_id = COALESCE($progress, progress_message_id), " +
                "submitted_at = COALESCE(submitted_at, $now), updated_at = $now WHERE id = $id AND state IN ('reserved', 'submitting')",
                transaction,
                ("$id", orderId), ("$task", taskId), ("$progress", progressMessageId), ("$now", now)).ConfigureAwait(false) == 1,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Remembers the progress message of an order (sent after its task was stored).</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task SetProgressMessageAsync(string orderId, int messageId, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "UPDATE orders SET progress_message_id = $message WHERE id = $id",
                transaction,
                ("$id", orderId), ("$message", messageId)),
            cancellationToken);

    /// <summary>The order waiting for a KIE task, if any (callbacks name tasks, not orders).</summary>
    /// <param name="taskId">KIE's task id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order id, or null.</returns>
    public Task<string?> FindByTaskIdAsync(string taskId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            connection => connection.ScalarAsync<string>("SELECT id FROM orders WHERE task_id = $task", null, ("$task", taskId)),
            cancellationToken);

    /// <summary>Every order that is not finished (the start-up sweep).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Order ids with their states, oldest first.</returns>
    public Task<IReadOnlyList<(string OrderId, OrderState State, string? TaskId)>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<(string, OrderState, string?)>>(
            async connection =>
            {
                var open = new List<(string, OrderState, string?)>();
                await using var command = connection.Command(
                    "SELECT id, state, task_id FROM orders WHERE state NOT IN ('captured', 'released') ORDER BY created_at", null);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    open.Add((reader.GetString(0), OrderStates.Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
                }

                return open;
            },
            cancellationToken);

    /// <summary>The result files of an order, in KIE's order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The files (empty before success).</returns>
    public Task<IReadOnlyList<OrderResultFile>> ListResultsAsync(string orderId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => ListResultsAsync(connection, orderId, cancellationToken), cancellationToken);

    /// <summary>The result files of an order, in KIE's order, on an open connection.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The files (empty before success).</returns>
    public static async Task<IReadOnlyList<OrderResultFile>> ListResultsAsync(SqliteConnection connection, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var files = new List<OrderResultFile>();
        await using var command = connection.Command(
            "SELECT idx, url, kind, file_id, original_file_id FROM order_results WHERE order_id = $id ORDER BY idx", null, ("$id", orderId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            files.Add(new OrderResultFile(
                reader.GetInt32(0),
                new Uri(reader.GetString(1)),
                Enum.Parse<MediaKind>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return files;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
