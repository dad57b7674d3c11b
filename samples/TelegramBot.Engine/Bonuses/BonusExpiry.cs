using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Expires bonus lots: what is left of an expired lot goes back to promotions as <c>bonus:&lt;lotId&gt;:expire</c> (see
/// <c>Store/Schema/080-bonuses.sql</c> for how "left" is computed). A lot whose money is held by a running order waits
/// until that order is captured or released, so the amount is final when it is swept. One transaction per lot.
/// </summary>
public sealed class BonusExpiry
{
    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly TimeProvider _time;

    /// <summary>Creates the expiry.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="time">The clock.</param>
    public BonusExpiry(BotDatabase database, Ledger ledger, TimeProvider time)
    {
        _database = database;
        _ledger = ledger;
        _time = time;
    }

    /// <summary>Sweeps every lot that has expired and whose orders are all resolved.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many lots were swept now.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = await _database.ReadAsync(
            async connection =>
            {
                var ids = new List<string>();
                await using var command = connection.Command(
                    "SELECT id FROM bonus_lots WHERE swept_at IS NULL AND expires_at <= $now ORDER BY expires_at, id", null, ("$now", now.ToUnixTimeMilliseconds()));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }

                return ids;
            },
            cancellationToken).ConfigureAwait(false);
        var swept = 0;
        foreach (var lotId in due)
        {
            if (await _database.WriteAsync((connection, transaction) => SweepLotAsync(connection, transaction, lotId, now), cancellationToken).ConfigureAwait(false))
            {
                swept++;
            }
        }

        return swept;
    }

    /// <summary>When the next unswept lot expires (in the past when one waits for a running order), or null.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The instant, or null.</returns>
    public Task<DateTimeOffset?> NextExpiryAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection => await connection.ScalarAsync<long?>("SELECT MIN(expires_at) FROM bonus_lots WHERE swept_at IS NULL", null).ConfigureAwait(false) is { } ms
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : (DateTimeOffset?)null,
            cancellationToken);

    private async Task<bool> SweepLotAsync(SqliteConnection connection, SqliteTransaction transaction, string lotId, DateTimeOffset now)
    {
        long userId;
        long amount;
        await using (var command = connection.Command("SELECT user_id, amount FROM bonus_lots WHERE id = $id AND swept_at IS NULL", transaction, ("$id", lotId)))
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            if (!await reader.ReadAsync().ConfigureAwait(false))
            {
                return false;
            }

            userId = reader.GetInt64(0);
            amount = reader.GetInt64(1);
        }

        var running = await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM bonus_lot_uses u WHERE u.lot_id = $id " +
            "AND NOT EXISTS (SELECT 1 FROM ledger_transfers t WHERE t.id IN ('order:' || u.order_id || ':capture-bonus', 'order:' || u.order_id || ':release-bonus'))",
            transaction,
            ("$id", lotId)).ConfigureAwait(false);
        if (running > 0)
        {
            return false;
        }

        var spent = await connection.ScalarAsync<long>(
            "SELECT COALESCE(SUM(u.amount), 0) FROM bonus_lot_uses u WHERE u.lot_id = $id " +
            "AND EXISTS (SELECT 1 FROM ledger_transfers t WHERE t.id = 'order:' || u.order_id || ':capture-bonus')",
            transaction,
            ("$id", lotId)).ConfigureAwait(false);
        var left = amount - spent;
        if (left > 0)
        {
            var outcome = await _ledger.TransferAsync(connection, transaction, new LedgerTransfer(
                BonusLots.ExpireId(lotId), "bonus-expire", LedgerAccounts.Bonus(userId), LedgerAccounts.Promotions, left, userId, lotId, "bonus expired")).ConfigureAwait(false);
            if (outcome is not (TransferOutcome.Done or TransferOutcome.AlreadyDone))
            {
                throw new InvalidOperationException($"Bonus lot {lotId}: expiring {left} minor units was refused ({outcome}).");
            }
        }

        await connection.ExecuteAsync(
            "UPDATE bonus_lots SET swept_at = $now, expired_amount = $left WHERE id = $id",
            transaction,
            ("$id", lotId), ("$now", now.ToUnixTimeMilliseconds()), ("$left", Math.Max(0, left))).ConfigureAwait(false);
        return true;
    }
}
