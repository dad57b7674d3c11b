using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Money;

/// <summary>
/// The lots of bonus money (see <c>Store/Schema/080-bonuses.sql</c> for the rule): which grant each unit of a user's
/// bonus account belongs to, so that expiry returns exactly what is left of a lot. All methods run inside the caller's
/// transaction so the lot rows and the ledger transfers commit together.
/// </summary>
public static class BonusLots
{
    // A use counts against its lot unless the order's bonus part went back (release-bonus).
    private const string CountedUses =
        "SELECT COALESCE(SUM(u.amount), 0) FROM bonus_lot_uses u WHERE u.lot_id = l.id " +
        "AND NOT EXISTS (SELECT 1 FROM ledger_transfers t WHERE t.id = 'order:' || u.order_id || ':release-bonus')";

    /// <summary>The transfer id of a lot's grant.</summary>
    /// <param name="lotId">The lot.</param>
    /// <returns>The transfer id.</returns>
    public static string GrantId(string lotId) => $"bonus:{lotId}:grant";

    /// <summary>The transfer id of a lot's expiry.</summary>
    /// <param name="lotId">The lot.</param>
    /// <returns>The transfer id.</returns>
    public static string ExpireId(string lotId) => $"bonus:{lotId}:expire";

    /// <summary>
    /// Grants a lot once: promotions → the user's bonus account (transfer <c>bonus:&lt;lotId&gt;:grant</c>) and its row.
    /// A second call with the same lot id changes nothing.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="lot">The lot.</param>
    /// <returns>True when granted now; false when it was granted before.</returns>
    public static async Task<bool> GrantAsync(Ledger ledger, SqliteConnection connection, SqliteTransaction transaction, BonusLot lot)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lot.Amount);
        var inserted = await connection.ExecuteAsync(
            "INSERT INTO bonus_lots (id, user_id, amount, source, granted_at, expires_at) VALUES ($id, $user, $amount, $source, $granted, $expires) " +
            "ON CONFLICT (id) DO NOTHING",
            transaction,
            ("$id", lot.Id), ("$user", lot.UserId), ("$amount", lot.Amount), ("$source", lot.Source),
            ("$granted", lot.GrantedAt.ToUnixTimeMilliseconds()), ("$expires", lot.ExpiresAt.ToUnixTimeMilliseconds())).ConfigureAwait(false);
        var outcome = await ledger.TransferAsync(connection, transaction, new LedgerTransfer(
            GrantId(lot.Id), "bonus-grant", LedgerAccounts.Promotions, LedgerAccounts.Bonus(lot.UserId), lot.Amount, lot.UserId, lot.Id, lot.Source)).ConfigureAwait(false);
        if ((inserted == 1) != (outcome == TransferOutcome.Done))
        {
            // The row and the transfer are written together; one without the other is a bug, never papered over.
            throw new InvalidOperationException($"Bonus lot '{lot.Id}' and its grant transfer disagree.");
        }

        return inserted == 1;
    }

    /// <summary>The user's open lots (not expired at <paramref name="now"/>, not swept) with what is left, earliest expiry first.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="userId">The user.</param>
    /// <param name="now">The time.</param>
    /// <returns>The lots with money left.</returns>
    public static async Task<IReadOnlyList<BonusLotBalance>> OpenAsync(SqliteConnection connection, SqliteTransaction? transaction, long userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var lots = new List<BonusLotBalance>();
        await using var command = connection.Command(
            $"SELECT l.id, l.amount - ({CountedUses}) AS left_amount, l.expires_at FROM bonus_lots l " +
            "WHERE l.user_id = $user AND l.swept_at IS NULL AND l.expires_at > $now ORDER BY l.expires_at, l.id",
            transaction,
            ("$user", userId), ("$now", now.ToUnixTimeMilliseconds()));
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var left = reader.GetInt64(1);
            if (left > 0)
            {
                lots.Add(new BonusLotBalance(reader.GetString(0), left, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
            }
        }

        return lots;
    }

    /// <summary>How much bonus money the user can spend now (open lots only: an expired lot waiting for the sweeper is not spendable).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="userId">The user.</param>
    /// <param name="now">The time.</param>
    /// <returns>Minor units.</returns>
    public static async Task<long> SpendableAsync(SqliteConnection connection, SqliteTransaction? transaction, long userId, DateTimeOffset now) =>
        (await OpenAsync(connection, transaction, userId, now).ConfigureAwait(false)).Sum(lot => lot.Left);

    /// <summary>Records which lots an order's bonus part comes from: earliest expiry first.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The bonus part.</param>
    /// <param name="now">The time.</param>
    /// <returns>A task that completes when recorded.</returns>
    public static async Task AllocateAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, long amount, DateTimeOffset now)
    {
        var rest = amount;
        foreach (var lot in await OpenAsync(connection, transaction, userId, now).ConfigureAwait(false))
        {
            if (rest == 0)
            {
                break;
            }

            var take = Math.Min(rest, lot.Left);
            await connection.ExecuteAsync(
                "INSERT INTO bonus_lot_uses (order_id, lot_id, amount) VALUES ($order, $lot, $amount)",
                transaction,
                ("$order", orderId), ("$lot", lot.LotId), ("$amount", take)).ConfigureAwait(false);
            rest -= take;
        }

        if (rest != 0)
        {
            throw new InvalidOperationException($"Order {orderId}: the open bonus lots do not cover {amount} minor units.");
        }
    }
}

/// <summary>A grant of bonus money with an expiry.</summary>
/// <param name="Id">The lot id, unique forever (for example <c>promo:SPRING:1001</c>); also the grant's idempotency key.</param>
/// <param name="UserId">Who gets it.</param>
/// <param name="Amount">Minor units, positive.</param>
/// <param name="Source">Where it came from (<c>promo</c>, <c>referral</c>), for lookups.</param>
/// <param name="GrantedAt">When.</param>
/// <param name="ExpiresAt">When what is left of it goes back to promotions.</param>
public sealed record BonusLot(string Id, long UserId, long Amount, string Source, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt);

/// <summary>What is left of an open lot.</summary>
/// <param name="LotId">The lot.</param>
/// <param name="Left">Minor units left.</param>
/// <param name="ExpiresAt">When it expires.</param>
public sealed record BonusLotBalance(string LotId, long Left, DateTimeOffset ExpiresAt);
