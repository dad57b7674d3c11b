using System.Globalization;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>
/// Credits Stars payments exactly once per charge id, for live updates and reconciliation alike. A payment is first
/// recorded (with the amount decided once, so every retry credits the same amount) and the invoice marked paid, in one
/// transaction; then the ledger is credited under the unique transfer id <c>stars:&lt;chargeId&gt;</c>. A crash between
/// the two is repaired by the next attempt for the same charge id (a replayed update or reconciliation).
/// Money Telegram took is never dropped: a payment with an unknown payload is credited at the base rate, one for
/// someone else's invoice is credited to the payer who paid it, and both are flagged for an admin.
/// </summary>
public sealed partial class TopUpCrediting
{
    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly TopUpRates _rates;
    private readonly TimeProvider _time;
    private readonly ILogger<TopUpCrediting> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="rates">Stars-to-money rates.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public TopUpCrediting(BotDatabase database, Ledger ledger, TopUpRates rates, TimeProvider time, ILogger<TopUpCrediting> logger)
    {
        _database = database;
        _ledger = ledger;
        _rates = rates;
        _time = time;
        _logger = logger;
    }

    /// <summary>The ledger transfer id of a top-up (the one <see cref="Ledger.CreditTopUpAsync"/> writes).</summary>
    /// <param name="chargeId">The charge id.</param>
    /// <returns>The transfer id.</returns>
    public static string TransferId(string chargeId) => "stars:" + chargeId;

    /// <summary>Credits a payment once.</summary>
    /// <param name="payment">The payment.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened.</returns>
    public async Task<TopUpResult> CreditAsync(IncomingStarPayment payment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentException.ThrowIfNullOrWhiteSpace(payment.ChargeId);
        var (record, isNew, refunded) = await _database.WriteAsync((connection, transaction) => RecordAsync(connection, transaction, payment), cancellationToken).ConfigureAwait(false);
        if (isNew && record.NeedsAttention)
        {
            LogNeedsAttention(record.ChargeId, record.PayerId, record.Stars, record.CreditedMinor, record.Note ?? string.Empty);
        }

        if (record.CreditedMinor <= 0 || refunded)
        {
            return new TopUpResult(isNew ? TopUpOutcome.NotCredited : TopUpOutcome.Duplicate, record);
        }

        var outcome = await _ledger.CreditTopUpAsync(record.PayerId, record.ChargeId, record.CreditedMinor, cancellationToken).ConfigureAwait(false);
        if (outcome == TransferOutcome.Done)
        {
            LogCredited(record.ChargeId, record.PayerId, record.Stars, record.CreditedMinor, record.Source);
            return new TopUpResult(TopUpOutcome.Credited, record);
        }

        return new TopUpResult(TopUpOutcome.Duplicate, record);
    }

    private async Task<(StarPaymentRecord Record, bool IsNew, bool Refunded)> RecordAsync(SqliteConnection connection, SqliteTransaction transaction, IncomingStarPayment payment)
    {
        var refunded = await PaymentRecords.FindRefundAsync(connection, transaction, payment.ChargeId).ConfigureAwait(false) is not null;
        if (await PaymentRecords.FindPaymentAsync(connection, transaction, payment.ChargeId).ConfigureAwait(false) is { } existing)
        {
            // Recorded before; if it was refunded since (even before the ledger credit happened), it is never credited.
            return (existing, false, refunded);
        }

        var now = _time.GetUtcNow();
        var notes = new List<string>();
        var invoice = payment.Payload is { Length: > 0 } payload ? await InvoiceStore.FindAsync(connection, transaction, payload).ConfigureAwait(false) : null;
        long credit;
        if (!string.Equals(payment.Currency, "XTR", StringComparison.Ordinal))
        {
            credit = 0;
            notes.Add($"currency {payment.Currency} is not Telegram Stars; nothing credited");
        }
        else if (refunded)
        {
            // The refund arrived first (the payment update was missed): crediting now would hand out refunded money.
            credit = 0;
            notes.Add("refunded before it was credited; nothing credited");
        }
        else if (invoice is null)
        {
            credit = _rates.CreditForStars(payment.Stars);
            notes.Add("unknown invoice payload; credited at the base rate");
        }
        else if (invoice.Stars != payment.Stars)
        {
            credit = _rates.CreditForStars(payment.Stars);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"paid {payment.Stars} Stars for an invoice of {invoice.Stars}; credited at the base rate"));
        }
        else
        {
            credit = invoice.CreditMinor;
        }

        if (invoice is not null)
        {
            if (invoice.UserId != payment.PayerId)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"paid by user {payment.PayerId} for the invoice of user {invoice.UserId}; the payer was credited"));
            }

            if (!await InvoiceStore.MarkPaidAsync(connection, transaction, invoice.Id, payment.PayerId, payment.ChargeId, payment.ProviderChargeId, now).ConfigureAwait(false))
            {
                notes.Add($"the invoice was already paid by charge {invoice.ChargeId}");
            }
        }

        if (credit <= 0 && !notes.Exists(note => note.EndsWith("nothing credited", StringComparison.Ordinal)))
        {
            notes.Add("worth less than one minor unit at the base rate; nothing credited");
        }

        var record = new StarPaymentRecord(
            payment.ChargeId,
            payment.PayerId,
            payment.Stars,
            payment.Currency,
            payment.Payload,
            invoice?.Id,
            Math.Max(credit, 0),
            payment.ProviderChargeId,
            payment.Source,
            notes.Count == 0 ? null : string.Join("; ", notes),
            NeedsAttention: notes.Count > 0,
            now);
        await PaymentRecords.InsertPaymentAsync(connection, transaction, record).ConfigureAwait(false);
        return (record, true, refunded);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stars payment {ChargeId} of user {UserId}: {Stars} Stars credited as {Minor} minor units ({Source})")]
    private partial void LogCredited(string chargeId, long userId, long stars, long minor, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stars payment {ChargeId} of user {UserId} ({Stars} Stars, {Minor} minor units credited) needs an admin: {Note}")]
    private partial void LogNeedsAttention(string chargeId, long userId, long stars, long minor, string note);
}
