using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>The payments and refunds Telegram reported (tables <c>star_payments</c> and <c>star_refunds</c>).</summary>
public sealed class PaymentRecords
{
    private const string PaymentColumns =
        "charge_id, payer_id, stars, currency, payload, invoice_id, credited_minor, provider_charge_id, source, note, needs_attention, received_at";

    private const string RefundColumns = "charge_id, user_id, stars, reversed_minor, unreversed_minor, note, refunded_at";

    private readonly BotDatabase _database;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    public PaymentRecords(BotDatabase database)
    {
        _database = database;
    }

    /// <summary>Reads the payment with this charge id, or null.</summary>
    /// <param name="chargeId">The charge id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record or null.</returns>
    public Task<StarPaymentRecord?> FindPaymentAsync(string chargeId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => FindPaymentAsync(connection, null, chargeId), cancellationToken);

    /// <summary>Reads the refund of this charge id, or null.</summary>
    /// <param name="chargeId">The charge id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record or null.</returns>
    public Task<StarRefundRecord?> FindRefundAsync(string chargeId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => FindRefundAsync(connection, null, chargeId), cancellationToken);

    /// <summary>A payer's newest payments, newest first.</summary>
    /// <param name="payerId">The payer.</param>
    /// <param name="count">At most this many.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records.</returns>
    public Task<IReadOnlyList<StarPaymentRecord>> RecentPaymentsAsync(long payerId, int count, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    $"SELECT {PaymentColumns} FROM star_payments WHERE payer_id = $payer ORDER BY received_at DESC, rowid DESC LIMIT $count",
                    null,
                    ("$payer", payerId), ("$count", count));
                return await ReadPaymentsAsync(command).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Payments an admin should look at (unknown payloads, other payers, nothing credited), newest first.</summary>
    /// <param name="count">At most this many.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records.</returns>
    public Task<IReadOnlyList<StarPaymentRecord>> NeedingAttentionAsync(int count, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    $"SELECT {PaymentColumns} FROM star_payments WHERE needs_attention = 1 ORDER BY received_at DESC, rowid DESC LIMIT $count",
                    null,
                    ("$count", count));
                return await ReadPaymentsAsync(command).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Reads a payment inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="chargeId">The charge id.</param>
    /// <returns>The record or null.</returns>
    public static async Task<StarPaymentRecord?> FindPaymentAsync(SqliteConnection connection, SqliteTransaction? transaction, string chargeId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.Command($"SELECT {PaymentColumns} FROM star_payments WHERE charge_id = $charge", transaction, ("$charge", chargeId));
        var found = await ReadPaymentsAsync(command).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Records a payment inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="payment">The record.</param>
    /// <returns>A task that completes when written.</returns>
    public static Task InsertPaymentAsync(SqliteConnection connection, SqliteTransaction transaction, StarPaymentRecord payment)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(payment);
        return connection.ExecuteAsync(
            $"INSERT INTO star_payments ({PaymentColumns}) VALUES ($charge, $payer, $stars, $currency, $payload, $invoice, $credited, $provider, $source, $note, $attention, $at)",
            transaction,
            ("$charge", payment.ChargeId), ("$payer", payment.PayerId), ("$stars", payment.Stars), ("$currency", payment.Currency),
            ("$payload", payment.Payload), ("$invoice", payment.InvoiceId), ("$credited", payment.CreditedMinor), ("$provider", payment.ProviderChargeId),
            ("$source", payment.Source), ("$note", payment.Note), ("$attention", payment.NeedsAttention ? 1 : 0), ("$at", payment.ReceivedAt.ToUnixTimeMilliseconds()));
    }

    /// <summary>Reads a refund inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="chargeId">The charge id.</param>
    /// <returns>The record or null.</returns>
    public static async Task<StarRefundRecord?> FindRefundAsync(SqliteConnection connection, SqliteTransaction? transaction, string chargeId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.Command($"SELECT {RefundColumns} FROM star_refunds WHERE charge_id = $charge", transaction, ("$charge", chargeId));
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }

        return new StarRefundRecord(
            reader.GetString(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetInt64(3),
            reader.GetInt64(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));
    }

    /// <summary>Records a refund inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="refund">The record.</param>
    /// <returns>A task that completes when written.</returns>
    public static Task InsertRefundAsync(SqliteConnection connection, SqliteTransaction transaction, StarRefundRecord refund)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(refund);
        return connection.ExecuteAsync(
            $"INSERT INTO star_refunds ({RefundColumns}) VALUES ($charge, $user, $stars, $reversed, $unreversed, $note, $at)",
            transaction,
            ("$charge", refund.ChargeId), ("$user", refund.UserId), ("$stars", refund.Stars), ("$reversed", refund.ReversedMinor),
            ("$unreversed", refund.UnreversedMinor), ("$note", refund.Note), ("$at", refund.RefundedAt.ToUnixTimeMilliseconds()));
    }

    private static async Task<IReadOnlyList<StarPaymentRecord>> ReadPaymentsAsync(SqliteCommand command)
    {
        var records = new List<StarPaymentRecord>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            records.Add(new StarPaymentRecord(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetInt64(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetInt64(10) == 1,
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11))));
        }

        return records;
    }
}
