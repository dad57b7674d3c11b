using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Told about every order whose price was just captured (its result was delivered), inside the capture's own write
/// transaction: whatever an observer records (a referral bonus, a "rate this result" message queued in the outbox)
/// commits or rolls back with the capture, so it happens exactly once per order.
/// </summary>
public interface IOrderCapturedObserver
{
    /// <summary>Reacts to a capture. Must only use the given connection and transaction (no nested writes).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The capture's write transaction.</param>
    /// <param name="order">The captured order.</param>
    /// <returns>A task that completes when the reaction is recorded.</returns>
    Task OnCapturedAsync(SqliteConnection connection, SqliteTransaction transaction, CapturedOrder order);
}

/// <summary>An order whose price was captured.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="UserId">The buyer.</param>
/// <param name="ChatId">The buyer's chat.</param>
/// <param name="ModelId">The catalog model id.</param>
/// <param name="ModeId">The catalog mode id.</param>
/// <param name="PriceMinorUnits">The captured price (0 for a free generation).</param>
/// <param name="CapturedAt">When.</param>
public sealed record CapturedOrder(string OrderId, long UserId, long ChatId, string ModelId, string ModeId, long PriceMinorUnits, DateTimeOffset CapturedAt);
