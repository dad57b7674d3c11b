using System.Security.Cryptography;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>The invoices the bot sent (table <c>star_invoices</c>).</summary>
public sealed class InvoiceStore
{
    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock for creation and expiry times.</param>
    public InvoiceStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Stores a new open invoice under a fresh random payload.</summary>
    /// <param name="userId">Who it is for.</param>
    /// <param name="stars">Its price in Stars.</param>
    /// <param name="creditMinor">The money it credits.</param>
    /// <param name="currency">The pricing currency.</param>
    /// <param name="lifetime">How long it can be paid.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored invoice.</returns>
    public async Task<StarInvoice> CreateAsync(long userId, long stars, long creditMinor, string currency, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var invoice = new StarInvoice(NewPayload(), userId, stars, creditMinor, currency, IsPaid: false, now, now + lifetime, ChargeId: null);
        await _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO star_invoices (id, user_id, stars, credit_minor, currency, state, created_at, expires_at) " +
                "VALUES ($id, $user, $stars, $credit, $currency, 'open', $created, $expires)",
                transaction,
                ("$id", invoice.Id), ("$user", userId), ("$stars", stars), ("$credit", creditMinor), ("$currency", currency),
                ("$created", now.ToUnixTimeMilliseconds()), ("$expires", invoice.ExpiresAt.ToUnixTimeMilliseconds())),
            cancellationToken).ConfigureAwait(false);
        return invoice;
    }

    /// <summary>Reads an invoice by payload (one indexed query: pre-checkout must answer fast).</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The invoice, or null when the payload is not ours.</returns>
    public Task<StarInvoice?> FindAsync(string payload, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => FindAsync(connection, null, payload), cancellationToken);

    /// <summary>Reads an invoice inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The invoice, or null.</returns>
    public static async Task<StarInvoice?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string payload)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.Command(
            "SELECT id, user_id, stars, credit_minor, currency, state, created_at, expires_at, charge_id FROM star_invoices WHERE id = $id",
            transaction,
            ("$id", payload));
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }

        return new StarInvoice(
            reader.GetString(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetInt64(3),
            reader.GetString(4),
            reader.GetString(5) == "paid",
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
            reader.IsDBNull(8) ? null : reader.GetString(8));
    }

    /// <summary>Marks an open invoice paid inside the caller's transaction; false when it was paid already.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="payload">The invoice.</param>
    /// <param name="payerId">Who paid.</param>
    /// <param name="chargeId">The charge id.</param>
    /// <param name="providerChargeId">The provider's charge id, if any.</param>
    /// <param name="paidAt">When.</param>
    /// <returns>True when this call marked it.</returns>
    public static async Task<bool> MarkPaidAsync(SqliteConnection connection, SqliteTransaction transaction, string payload, long payerId, string chargeId, string? providerChargeId, DateTimeOffset paidAt)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.ExecuteAsync(
            "UPDATE star_invoices SET state = 'paid', paid_at = $at, paid_by = $payer, charge_id = $charge, provider_charge_id = $provider WHERE id = $id AND state = 'open'",
            transaction,
            ("$at", paidAt.ToUnixTimeMilliseconds()), ("$payer", payerId), ("$charge", chargeId), ("$provider", providerChargeId), ("$id", payload)).ConfigureAwait(false) == 1;
    }

    /// <summary>A new payload: 128 random bits, hex (34 ASCII bytes, well inside Telegram's 128).</summary>
    /// <returns>The payload.</returns>
    internal static string NewPayload() => "i_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
