using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>What reversing a refund did.</summary>
public enum RefundOutcome
{
    /// <summary>Recorded now; the unspent part of the top-up was taken back.</summary>
    Reversed,

    /// <summary>This charge id's refund was handled before: nothing changed.</summary>
    Duplicate,

    /// <summary>Recorded now, but the bot never recorded the payment (so nothing was reversed; it will never be credited).</summary>
    UnknownPayment,
}

/// <summary>The result of reversing a refund.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Refund">The refund as recorded.</param>
public sealed record RefundResult(RefundOutcome Outcome, StarRefundRecord Refund);

/// <summary>
/// Takes a refunded top-up back out of the payer's balance, once per charge id (ledger transfer
/// <c>refund:&lt;chargeId&gt;</c>, user → <see cref="LedgerAccounts.Refunds"/>, so the books still sum to zero). A balance
/// never goes negative: what the payer already spent is recorded as unreversed instead.
/// </summary>
public sealed partial class RefundReversal
{
    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly TimeProvider _time;
    private readonly ILogger<RefundReversal> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public RefundReversal(BotDatabase database, Ledger ledger, TimeProvider time, ILogger<RefundReversal> logger)
    {
        _database = database;
        _ledger = ledger;
        _time = time;
        _logger = logger;
    }

    /// <summary>The ledger transfer id of a refund's reversal.</summary>
    /// <param name="chargeId">The refunded charge id.</param>
    /// <returns>The transfer id.</returns>
    public static string TransferId(string chargeId) => "refund:" + chargeId;

    /// <summary>Reverses a refunded payment once.</summary>
    /// <param name="chargeId">The refunded charge id.</param>
    /// <param name="reportedUserId">The user the platform names (used only when the payment is unknown).</param>
    /// <param name="stars">The Stars refunded.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened.</returns>
    public async Task<RefundResult> ReverseAsync(string chargeId, long reportedUserId, long stars, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chargeId);
        var result = await _database.WriteAsync((connection, transaction) => ReverseAsync(connection, transaction, chargeId, reportedUserId, stars, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (result.Outcome != RefundOutcome.Duplicate)
        {
            var refund = result.Refund;
            LogRefund(refund.ChargeId, refund.UserId, refund.Stars, refund.ReversedMinor, refund.UnreversedMinor, refund.Note ?? string.Empty);
        }

        return result;
    }

    private async Task<RefundResult> ReverseAsync(SqliteConnection connection, SqliteTransaction transaction, string chargeId, long reportedUserId, long stars, CancellationToken cancellationToken)
    {
        if (await PaymentRecords.FindRefundAsync(connection, transaction, chargeId).ConfigureAwait(false) is { } earlier)
        {
            return new RefundResult(RefundOutcome.Duplicate, earlier);
        }

        var now = _time.GetUtcNow();
        var payment = await PaymentRecords.FindPaymentAsync(connection, transaction, chargeId).ConfigureAwait(false);
        if (payment is null)
        {
            var unknown = new StarRefundRecord(chargeId, reportedUserId, stars, 0, 0, "refund of a payment the bot never recorded; it will not be credited", now);
            await PaymentRecords.InsertRefundAsync(connection, transaction, unknown).ConfigureAwait(false);
            return new RefundResult(RefundOutcome.UnknownPayment, unknown);
        }

        var userId = payment.PayerId;
        var credited = await Ledger.ExistsAsync(connection, transaction, TopUpCrediting.TransferId(chargeId)).ConfigureAwait(false) ? payment.CreditedMinor : 0;

        // This transaction holds the write lock, so the balance read on another connection cannot change before the
        // reversal below is written.
        var available = credited > 0 ? await _ledger.GetAvailableAsync(userId, cancellationToken).ConfigureAwait(false) : 0;
        var reversed = Math.Clamp(available, 0, credited);
        if (reversed > 0)
        {
            await _ledger.TransferAsync(
                connection,
                transaction,
                new LedgerTransfer(TransferId(chargeId), "refund", LedgerAccounts.Available(userId), LedgerAccounts.Refunds, reversed, userId, chargeId, "Stars refund")).ConfigureAwait(false);
        }

        var note = credited == 0
            ? "the payment had not been credited; nothing to take back"
            : reversed < credited ? "part of the top-up had been spent already and could not be taken back" : null;
        var refund = new StarRefundRecord(chargeId, userId, stars, reversed, credited - reversed, note, now);
        await PaymentRecords.InsertRefundAsync(connection, transaction, refund).ConfigureAwait(false);
        return new RefundResult(RefundOutcome.Reversed, refund);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stars refund {ChargeId} of user {UserId} ({Stars} Stars): {Reversed} minor units taken back, {Unreversed} already spent. {Note}")]
    private partial void LogRefund(string chargeId, long userId, long stars, long reversed, long unreversed, string note);
}
