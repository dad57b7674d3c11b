using System.Globalization;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// The order steps that move money or owe the user a message, each one transaction with its state change: results
/// stored and queued for delivery; delivery finished; capture; release with a notice. Every step checks the state it
/// starts from, so repeating one (after a restart, or from two places) changes nothing, and an order ends in exactly one
/// of captured or released.
/// </summary>
public sealed partial class OrderSettlement
{
    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly OutboxSignal _outbox;
    private readonly OrderScreens _screens;
    private readonly TimeProvider _time;
    private readonly ILogger<OrderSettlement> _logger;
    private readonly IOrderCapturedObserver[] _observers;

    /// <summary>Creates the settlement.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="outbox">Wakes the outbox after messages were queued.</param>
    /// <param name="screens">The messages about orders.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="observers">Told about each capture inside its transaction (bonuses, rating prompts).</param>
    public OrderSettlement(BotDatabase database, Ledger ledger, OutboxSignal outbox, OrderScreens screens, TimeProvider time, ILogger<OrderSettlement> logger, IEnumerable<IOrderCapturedObserver>? observers = null)
    {
        _observers = observers?.ToArray() ?? [];
        _database = database;
        _ledger = ledger;
        _outbox = outbox;
        _screens = screens;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Running → Succeeded: stores the result files (and the credits KIE consumed) and queues their delivery, in one
    /// transaction, so a result once stored is never lost and never queued twice.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="status">The task's successful status.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when stored now; false when the order was no longer waiting for its result.</returns>
    public async Task<bool> CompleteAsync(OrderRecord order, KieTaskStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(status);
        var files = status.ResultUrls.Select((url, index) => new OrderResultFile(index, url, MediaKinds.FromUrl(url), null, null)).ToArray();
        var messages = _screens.Delivery(order, files);
        var now = _time.GetUtcNow();
        var stored = await _database.WriteAsync(
            async (connection, transaction) =>
            {
                var changed = await connection.ExecuteAsync(
                    "UPDATE orders SET state = 'succeeded', credits_consumed = $credits, completed_at = $now, updated_at = $now " +
                    "WHERE id = $id AND state IN ('submitting', 'running')",
                    transaction,
                    ("$id", order.Id), ("$credits", status.CreditsConsumed?.ToString(CultureInfo.InvariantCulture)), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false);
                if (changed == 0)
                {
                    return false;
                }

                await TaskDurations.RecordAsync(connection, transaction, order, status).ConfigureAwait(false);
                foreach (var file in files)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO order_results (order_id, idx, url, kind) VALUES ($id, $index, $url, $kind) ON CONFLICT DO NOTHING",
                        transaction,
                        ("$id", order.Id), ("$index", file.Index), ("$url", file.Url.AbsoluteUri), ("$kind", file.Kind.ToString())).ConfigureAwait(false);
                }

                foreach (var (purpose, payload) in messages)
                {
                    await OutboxStore.EnqueueAsync(connection, transaction, order.ChatId, order.Id, purpose, payload, now).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        if (stored)
        {
            _outbox.Wake();
        }

        return stored;
    }

    /// <summary>
    /// Records that a result message was sent (right after the platform accepted it) with the file ids it got; when it
    /// was the order's last, the order is Delivered. One transaction.
    /// </summary>
    /// <param name="item">The sent message.</param>
    /// <param name="fileIds">The platform's file ids by result index.</param>
    /// <param name="cancellationToken">Cancels the write (pass none: the send already happened).</param>
    /// <returns>True when this made the order Delivered (capture it next).</returns>
    public async Task<bool> ResultSentAsync(OutboxItem item, IReadOnlyDictionary<int, string> fileIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(fileIds);
        var now = _time.GetUtcNow();
        return await _database.WriteAsync(
            async (connection, transaction) =>
            {
                await OutboxStore.MarkSentAsync(connection, transaction, item.Id, now).ConfigureAwait(false);
                if (item.OrderId is not { } orderId)
                {
                    return false;
                }

                await StoreFileIdsAsync(connection, transaction, orderId, fileIds, "file_id").ConfigureAwait(false);
                return await connection.ExecuteAsync(
                    "UPDATE orders SET state = 'delivered', delivered_at = $now, updated_at = $now WHERE id = $id AND state = 'succeeded' " +
                    "AND NOT EXISTS (SELECT 1 FROM outbox WHERE order_id = $id AND purpose = 'result' AND state = 'pending')",
                    transaction,
                    ("$id", orderId), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false) == 1;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that an original was sent as a document, keeping its file id for the next request.</summary>
    /// <param name="item">The sent message.</param>
    /// <param name="fileIds">The document's file id by result index.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task OriginalSentAsync(OutboxItem item, IReadOnlyDictionary<int, string> fileIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(fileIds);
        var now = _time.GetUtcNow();
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await OutboxStore.MarkSentAsync(connection, transaction, item.Id, now).ConfigureAwait(false);
                if (item.OrderId is { } orderId)
                {
                    await StoreFileIdsAsync(connection, transaction, orderId, fileIds, "original_file_id").ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>Delivered → Captured, with the ledger's capture in the same transaction.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when captured now; false when the order was not Delivered.</returns>
    public async Task<bool> CaptureAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var captured = await _database.WriteAsync(
            async (connection, transaction) =>
            {
                CapturedOrder order;
                await using (var command = connection.Command(
                    "UPDATE orders SET state = 'captured', resolved_at = $now, updated_at = $now WHERE id = $id AND state = 'delivered' " +
                    "RETURNING user_id, chat_id, model_id, mode_id, price",
                    transaction,
                    ("$id", orderId), ("$now", now.ToUnixTimeMilliseconds())))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return false;
                    }

                    order = new CapturedOrder(orderId, reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), now);
                }

                if (order.PriceMinorUnits > 0
                    && await _ledger.CaptureOrderAsync(connection, transaction, order.UserId, orderId, order.PriceMinorUnits).ConfigureAwait(false) == TransferOutcome.Conflict)
                {
                    throw new InvalidOperationException($"Order {orderId} cannot be captured: its reservation is missing or was released.");
                }

                foreach (var observer in _observers)
                {
                    await observer.OnCapturedAsync(connection, transaction, order).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        if (captured)
        {
            LogCaptured(orderId);
            if (_observers.Length > 0)
            {
                // Observers may have queued messages (a rating prompt): send them now rather than at the next sweep.
                _outbox.Wake();
            }
        }

        return captured;
    }

    /// <summary>
    /// Ends an order that failed or cannot be delivered: Released with the reason, the held money returned, its pending
    /// messages dropped and (when <paramref name="notify"/>) a notice queued that says so with the order id and a
    /// Retry button. One transaction; does nothing to a captured, delivered or released order.
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <param name="failure">Why.</param>
    /// <param name="notify">Whether to tell the user (not when the chat is blocked).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when released now.</returns>
    public async Task<bool> ReleaseAsync(string orderId, OrderFailure failure, bool notify, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var now = _time.GetUtcNow();
        var released = await _database.WriteAsync(
            async (connection, transaction) =>
            {
                var order = await OrderStore.ReadAsync(connection, transaction, orderId).ConfigureAwait(false);
                if (order is null || order.State is OrderState.Captured or OrderState.Released or OrderState.Delivered)
                {
                    return false;
                }

                await connection.ExecuteAsync(
                    "UPDATE orders SET state = 'released', failure = $failure, failure_detail = $detail, resolved_at = $now, updated_at = $now WHERE id = $id",
                    transaction,
                    ("$id", orderId), ("$failure", failure.Code), ("$detail", failure.ShortDetail), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false);
                if (order.PriceMinorUnits > 0
                    && await _ledger.ReleaseOrderAsync(connection, transaction, order.UserId, orderId, order.PriceMinorUnits).ConfigureAwait(false) == TransferOutcome.Conflict)
                {
                    throw new InvalidOperationException($"Order {orderId} cannot be released: its reservation is missing or was captured.");
                }

                await OutboxStore.DropForOrderAsync(connection, transaction, orderId, "order released: " + failure.Code, now).ConfigureAwait(false);
                if (notify)
                {
                    await OutboxStore.EnqueueAsync(connection, transaction, order.ChatId, orderId, OutboxPurpose.Notice, OutboxPayload.ForScreen(_screens.Released(order, failure)), now).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        if (released)
        {
            LogReleased(orderId, failure.Code, failure.ShortDetail);
            if (notify)
            {
                _outbox.Wake();
            }
        }

        return released;
    }

    private static async Task StoreFileIdsAsync(SqliteConnection connection, SqliteTransaction transaction, string orderId, IReadOnlyDictionary<int, string> fileIds, string column)
    {
        // The column name is one of two constants chosen by the callers above, never input.
        var sql = column == "file_id"
            ? "UPDATE order_results SET file_id = $file WHERE order_id = $id AND idx = $index"
            : "UPDATE order_results SET original_file_id = $file WHERE order_id = $id AND idx = $index";
        foreach (var (index, fileId) in fileIds)
        {
            await connection.ExecuteAsync(sql, transaction, ("$id", orderId), ("$index", index), ("$file", fileId)).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} captured")]
    private partial void LogCaptured(string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} released ({Failure}: {Detail})")]
    private partial void LogReleased(string orderId, string failure, string? detail);
}
