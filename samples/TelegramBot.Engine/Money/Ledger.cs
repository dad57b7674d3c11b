using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Money;

/// <summary>
/// The bot's money: an append-only, double-entry ledger in integer minor units. Every movement is a
/// <see cref="LedgerTransfer"/> whose id is its idempotency key; user accounts never go negative, because the check and
/// the write happen in one <c>BEGIN IMMEDIATE</c> transaction (SQLite has one writer at a time).
/// Orders use reserve → capture or release (two-phase, like TigerBeetle's pending transfers): a reservation is resolved
/// exactly once.
/// </summary>
public sealed partial class Ledger
{
    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the ledger over the bot's database.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock for entry times.</param>
    public Ledger(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>A user's spendable balance in minor units.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The balance.</returns>
    public Task<long> GetAvailableAsync(long userId, CancellationToken cancellationToken = default) =>
        GetBalanceAsync(LedgerAccounts.Available(userId), cancellationToken);

    /// <summary>How much of a user's money is reserved for running orders.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The held amount.</returns>
    public Task<long> GetHeldAsync(long userId, CancellationToken cancellationToken = default) =>
        GetBalanceAsync(LedgerAccounts.Held(userId), cancellationToken);

    /// <summary>The balance of any account (sum of its entries).</summary>
    /// <param name="account">The account name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The balance.</returns>
    public Task<long> GetBalanceAsync(string account, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => BalanceAsync(connection, null, account), cancellationToken);

    /// <summary>The sum of every entry in the books; always zero unless something is badly wrong.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sum.</returns>
    public Task<long> SumOfAllEntriesAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync(async connection => await connection.ScalarAsync<long>("SELECT COALESCE(SUM(amount), 0) FROM ledger_entries", null).ConfigureAwait(false), cancellationToken);

    /// <summary>Records a transfer in its own transaction.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What happened.</returns>
    public Task<TransferOutcome> TransferAsync(LedgerTransfer transfer, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => TransferAsync(connection, transaction, transfer), cancellationToken);

    /// <summary>
    /// Records a transfer inside the caller's transaction (so an order's state and its money move together). The caller
    /// must have opened it with <see cref="BotDatabase.WriteAsync{T}"/>.
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="transfer">The transfer.</param>
    /// <returns>What happened.</returns>
    public async Task<TransferOutcome> TransferAsync(SqliteConnection connection, SqliteTransaction transaction, LedgerTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(transfer.Amount);
        if (transfer.From == transfer.To)
        {
            throw new ArgumentException("A transfer needs two different accounts.", nameof(transfer));
        }

        await using (var existing = connection.Command(
            "SELECT from_account, to_account, amount FROM ledger_transfers WHERE id = $id", transaction, ("$id", transfer.Id)))
        await using (var reader = await existing.ExecuteReaderAsync().ConfigureAwait(false))
        {
            if (await reader.ReadAsync().ConfigureAwait(false))
            {
                var same = reader.GetString(0) == transfer.From && reader.GetString(1) == transfer.To && reader.GetInt64(2) == transfer.Amount;
                return same ? TransferOutcome.AlreadyDone : throw new LedgerMismatchException(transfer.Id);
            }
        }

        if (LedgerAccounts.IsUserAccount(transfer.From) && await BalanceAsync(connection, transaction, transfer.From).ConfigureAwait(false) < transfer.Amount)
        {
            return TransferOutcome.InsufficientFunds;
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await connection.ExecuteAsync(
            "INSERT INTO ledger_transfers (id, kind, from_account, to_account, amount, user_id, reference, reason, created_at) " +
            "VALUES ($id, $kind, $from, $to, $amount, $user, $reference, $reason, $now)",
            transaction,
            ("$id", transfer.Id), ("$kind", transfer.Kind), ("$from", transfer.From), ("$to", transfer.To), ("$amount", transfer.Amount),
            ("$user", transfer.UserId), ("$reference", transfer.Reference), ("$reason", transfer.Reason), ("$now", now)).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO ledger_entries (transfer_id, account, amount, created_at) VALUES ($id, $from, $minus, $now), ($id, $to, $plus, $now)",
            transaction,
            ("$id", transfer.Id), ("$from", transfer.From), ("$to", transfer.To), ("$minus", -transfer.Amount), ("$plus", transfer.Amount), ("$now", now)).ConfigureAwait(false);
        return TransferOutcome.Done;
    }

    /// <summary>Whether a transfer with this id exists.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="transferId">The id.</param>
    /// <returns>True when recorded.</returns>
    public static async Task<bool> ExistsAsync(SqliteConnection connection, SqliteTransaction? transaction, string transferId) =>
        await connection.ScalarAsync<long>("SELECT COUNT(*) FROM ledger_transfers WHERE id = $id", transaction, ("$id", transferId)).ConfigureAwait(false) > 0;

    /// <summary>Whether a transfer with this id exists.</summary>
    /// <param name="transferId">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when recorded.</returns>
    public Task<bool> ExistsAsync(string transferId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => ExistsAsync(connection, null, transferId), cancellationToken);

    /// <summary>Moves an order's price from the user's balance to held money; fails without a change when it is short.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The price in minor units.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done, AlreadyDone or InsufficientFunds.</returns>
    public Task<TransferOutcome> ReserveAsync(long userId, string orderId, long amount, CancellationToken cancellationToken = default) =>
        TransferAsync(OrderSteps.Reserve(userId, orderId, amount), cancellationToken);

    /// <summary>Turns an order's held money into revenue (the result was delivered). Refused after a release.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The reserved price.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done, AlreadyDone or Conflict.</returns>
    public Task<TransferOutcome> CaptureAsync(long userId, string orderId, long amount, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => CaptureAsync(connection, transaction, userId, orderId, amount), cancellationToken);

    /// <summary>Captures inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The reserved price.</param>
    /// <returns>Done, AlreadyDone or Conflict.</returns>
    public Task<TransferOutcome> CaptureAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, long amount) =>
        ResolveAsync(connection, transaction, OrderSteps.Capture(userId, orderId, amount), OrderSteps.ReleaseId(orderId), orderId);

    /// <summary>Returns an order's held money to the user's balance (the order failed). Refused after a capture.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The reserved price.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done, AlreadyDone or Conflict (captured before, or nothing was reserved).</returns>
    public Task<TransferOutcome> ReleaseAsync(long userId, string orderId, long amount, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => ReleaseAsync(connection, transaction, userId, orderId, amount), cancellationToken);

    /// <summary>Releases inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The reserved price.</param>
    /// <returns>Done, AlreadyDone or Conflict.</returns>
    public Task<TransferOutcome> ReleaseAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, long amount) =>
        ResolveAsync(connection, transaction, OrderSteps.Release(userId, orderId, amount), OrderSteps.CaptureId(orderId), orderId);

    /// <summary>Credits a Stars top-up once per charge id (a replayed payment update changes nothing).</summary>
    /// <param name="userId">The payer.</param>
    /// <param name="chargeId">The platform's charge id.</param>
    /// <param name="amount">The money credited, in minor units.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done or AlreadyDone.</returns>
    public Task<TransferOutcome> CreditTopUpAsync(long userId, string chargeId, long amount, CancellationToken cancellationToken = default) =>
        TransferAsync(new LedgerTransfer("stars:" + chargeId, "topup", LedgerAccounts.StarsReceived, LedgerAccounts.Available(userId), amount, userId, chargeId), cancellationToken);

    /// <summary>An admin's manual credit (positive) or debit (negative) with a reason; a debit cannot overdraw.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="key">A unique key for this adjustment (so a repeated command is applied once).</param>
    /// <param name="amount">Minor units; positive credits, negative debits.</param>
    /// <param name="reason">Why (required).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done, AlreadyDone or InsufficientFunds.</returns>
    public Task<TransferOutcome> AdjustAsync(long userId, string key, long amount, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (amount == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "An adjustment cannot be zero.");
        }

        var user = LedgerAccounts.Available(userId);
        return TransferAsync(
            amount > 0
                ? new LedgerTransfer("adjust:" + key, "adjust", LedgerAccounts.Adjustments, user, amount, userId, key, reason)
                : new LedgerTransfer("adjust:" + key, "adjust", user, LedgerAccounts.Adjustments, -amount, userId, key, reason),
            cancellationToken);
    }

    /// <summary>Gives a user free money once per key (welcome bonus, promotions), booked as a promotion expense.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="key">A unique key (for example <c>welcome:&lt;userId&gt;</c>).</param>
    /// <param name="amount">Minor units, positive.</param>
    /// <param name="reason">What it is for.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done or AlreadyDone.</returns>
    public Task<TransferOutcome> GrantAsync(long userId, string key, long amount, string reason, CancellationToken cancellationToken = default) =>
        TransferAsync(new LedgerTransfer(key, "grant", LedgerAccounts.Promotions, LedgerAccounts.Available(userId), amount, userId, key, reason), cancellationToken);

    private async Task<TransferOutcome> ResolveAsync(SqliteConnection connection, SqliteTransaction transaction, LedgerTransfer step, string excludedStepId, string orderId)
    {
        if (await ExistsAsync(connection, transaction, step.Id).ConfigureAwait(false))
        {
            return await TransferAsync(connection, transaction, step).ConfigureAwait(false);
        }

        if (await ExistsAsync(connection, transaction, excludedStepId).ConfigureAwait(false)
            || !await ExistsAsync(connection, transaction, OrderSteps.ReserveId(orderId)).ConfigureAwait(false))
        {
            return TransferOutcome.Conflict;
        }

        return await TransferAsync(connection, transaction, step).ConfigureAwait(false);
    }

    private static async Task<long> BalanceAsync(SqliteConnection connection, SqliteTransaction? transaction, string account) =>
        await connection.ScalarAsync<long>("SELECT COALESCE(SUM(amount), 0) FROM ledger_entries WHERE account = $account", transaction, ("$account", account)).ConfigureAwait(false);
}
