using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Money;

/// <summary>
/// An order's payment in two parts: bonus money first (<c>order:&lt;id&gt;:reserve-bonus</c>, bonus → bonus held), then
/// paid money (<c>order:&lt;id&gt;:reserve</c>, available → held). Capture sends the paid part to revenue and the bonus part
/// to <see cref="LedgerAccounts.BonusSpent"/>; release returns each part to the account it came from. Either step happens
/// once and excludes the other. An order placed before bonuses existed has only the paid part and resolves as before.
/// </summary>
public sealed partial class Ledger
{
    /// <summary>
    /// Reserves an order's price inside the caller's transaction: bonus first (from the earliest-expiring lots), the rest
    /// from paid money. All or nothing: when bonus + paid money do not cover the price nothing moves.
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order (new).</param>
    /// <param name="price">The price in minor units, positive.</param>
    /// <returns>The outcome and the two parts (Conflict when the order already has a reservation).</returns>
    public async Task<OrderReservation> ReserveOrderAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, long price)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        if (await ExistsAsync(connection, transaction, OrderSteps.ReserveId(orderId)).ConfigureAwait(false)
            || await ExistsAsync(connection, transaction, OrderSteps.ReserveBonusId(orderId)).ConfigureAwait(false))
        {
            return new OrderReservation(TransferOutcome.Conflict, 0, 0);
        }

        var now = _time.GetUtcNow();
        var bonus = Math.Min(price, await BonusLots.SpendableAsync(connection, transaction, userId, now).ConfigureAwait(false));
        var paid = price - bonus;
        if (paid > 0 && await BalanceAsync(connection, transaction, LedgerAccounts.Available(userId)).ConfigureAwait(false) < paid)
        {
            return new OrderReservation(TransferOutcome.InsufficientFunds, 0, 0);
        }

        if (bonus > 0)
        {
            Expect(await TransferAsync(connection, transaction, OrderSteps.ReserveBonus(userId, orderId, bonus)).ConfigureAwait(false), orderId);
            await BonusLots.AllocateAsync(connection, transaction, userId, orderId, bonus, now).ConfigureAwait(false);
        }

        if (paid > 0)
        {
            Expect(await TransferAsync(connection, transaction, OrderSteps.Reserve(userId, orderId, paid)).ConfigureAwait(false), orderId);
        }

        return new OrderReservation(TransferOutcome.Done, bonus, paid);
    }

    /// <summary>The user's open bonus lots with what is left of each, earliest expiry first (spendable bonus money).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The lots.</returns>
    public Task<IReadOnlyList<BonusLotBalance>> GetBonusLotsAsync(long userId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => BonusLots.OpenAsync(connection, null, userId, _time.GetUtcNow()), cancellationToken);

    /// <summary>What a user can spend now: paid money plus open bonus money.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Minor units.</returns>
    public Task<long> GetSpendableAsync(long userId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection => await BalanceAsync(connection, null, LedgerAccounts.Available(userId)).ConfigureAwait(false)
                + await BonusLots.SpendableAsync(connection, null, userId, _time.GetUtcNow()).ConfigureAwait(false),
            cancellationToken);

    /// <summary>The two reserved parts of an order (zero when a part does not exist).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="orderId">The order.</param>
    /// <returns>The bonus and paid parts.</returns>
    public static async Task<(long Bonus, long Paid)> ReservedPartsAsync(SqliteConnection connection, SqliteTransaction? transaction, string orderId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var bonus = await connection.ScalarAsync<long>("SELECT amount FROM ledger_transfers WHERE id = $id", transaction, ("$id", OrderSteps.ReserveBonusId(orderId))).ConfigureAwait(false);
        var paid = await connection.ScalarAsync<long>("SELECT amount FROM ledger_transfers WHERE id = $id", transaction, ("$id", OrderSteps.ReserveId(orderId))).ConfigureAwait(false);
        return (bonus, paid);
    }

    /// <summary>Captures both parts of an order inside the caller's transaction (paid → revenue, bonus → bonus spent).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="price">The order's price (must equal the two parts together).</param>
    /// <returns>Done, AlreadyDone, or Conflict (released before, or the reservation is missing or differs).</returns>
    public Task<TransferOutcome> CaptureOrderAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, long price) =>
        ResolveOrderAsync(connection, transaction, orderId, price, capture: true, userId);

    /// <summary>Releases both parts of an order inside the caller's transaction (each back to where it came from).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="price">The order's price (must equal the two parts together).</param>
    /// <returns>Done, AlreadyDone, or Conflict (captured before, or the reservation is missing or differs).</returns>
    public Task<TransferOutcome> ReleaseOrderAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, long price) =>
        ResolveOrderAsync(connection, transaction, orderId, price, capture: false, userId);

    private async Task<TransferOutcome> ResolveOrderAsync(SqliteConnection connection, SqliteTransaction transaction, string orderId, long price, bool capture, long userId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (bonus, paid) = await ReservedPartsAsync(connection, transaction, orderId).ConfigureAwait(false);
        if (bonus + paid != price || price <= 0)
        {
            return TransferOutcome.Conflict;
        }

        var excluded = capture
            ? new[] { OrderSteps.ReleaseId(orderId), OrderSteps.ReleaseBonusId(orderId) }
            : [OrderSteps.CaptureId(orderId), OrderSteps.CaptureBonusId(orderId)];
        foreach (var id in excluded)
        {
            if (await ExistsAsync(connection, transaction, id).ConfigureAwait(false))
            {
                return TransferOutcome.Conflict;
            }
        }

        var steps = new List<LedgerTransfer>(2);
        if (paid > 0)
        {
            steps.Add(capture ? OrderSteps.Capture(userId, orderId, paid) : OrderSteps.Release(userId, orderId, paid));
        }

        if (bonus > 0)
        {
            steps.Add(capture ? OrderSteps.CaptureBonus(userId, orderId, bonus) : OrderSteps.ReleaseBonus(userId, orderId, bonus));
        }

        var done = false;
        foreach (var step in steps)
        {
            var outcome = await TransferAsync(connection, transaction, step).ConfigureAwait(false);
            if (outcome is not (TransferOutcome.Done or TransferOutcome.AlreadyDone))
            {
                // Held money always covers its own reservation; anything else means the books are broken: roll back.
                throw new InvalidOperationException($"Order {orderId}: {step.Kind} was refused ({outcome}).");
            }

            done |= outcome == TransferOutcome.Done;
        }

        return done ? TransferOutcome.Done : TransferOutcome.AlreadyDone;
    }

    private static void Expect(TransferOutcome outcome, string orderId)
    {
        if (outcome != TransferOutcome.Done)
        {
            // Checked just before in the same transaction; a refusal here means a bug: throwing rolls everything back.
            throw new InvalidOperationException($"Order {orderId}: a reservation part was refused ({outcome}).");
        }
    }
}

/// <summary>What reserving an order's price did.</summary>
/// <param name="Outcome">Done, InsufficientFunds (nothing moved) or Conflict (already reserved).</param>
/// <param name="BonusMinorUnits">The part taken from bonus money.</param>
/// <param name="PaidMinorUnits">The part taken from paid money.</param>
public sealed record OrderReservation(TransferOutcome Outcome, long BonusMinorUnits, long PaidMinorUnits);
