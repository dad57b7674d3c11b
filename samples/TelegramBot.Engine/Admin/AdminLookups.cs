using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>One order as <c>/user</c> lists it.</summary>
/// <param name="Id">The order id.</param>
/// <param name="ModelId">The model.</param>
/// <param name="ModeId">The mode.</param>
/// <param name="State">Its state (<c>captured</c>, <c>released</c>, …).</param>
/// <param name="PriceMinor">Its price in minor units.</param>
/// <param name="CreatedAt">When it was placed.</param>
public sealed record UserOrderLine(string Id, string ModelId, string ModeId, string State, long PriceMinor, DateTimeOffset CreatedAt);

/// <summary>One Stars payment as <c>/user</c> lists it.</summary>
/// <param name="ChargeId">Telegram's charge id.</param>
/// <param name="Stars">The Stars paid.</param>
/// <param name="CreditedMinor">What the balance was credited.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="NeedsAttention">Whether it was flagged for an admin.</param>
/// <param name="Refunded">Whether it was refunded.</param>
public sealed record UserPaymentLine(string ChargeId, long Stars, long CreditedMinor, DateTimeOffset ReceivedAt, bool NeedsAttention, bool Refunded);

/// <summary>One failed (released) order as <c>/failed</c> lists it.</summary>
/// <param name="Id">The order id.</param>
/// <param name="UserId">Whose.</param>
/// <param name="Username">Their username, if any.</param>
/// <param name="ModelId">The model.</param>
/// <param name="ModeId">The mode.</param>
/// <param name="Failure">The failure code.</param>
/// <param name="Detail">The failure detail.</param>
/// <param name="PriceMinor">The price given back, in minor units.</param>
/// <param name="At">When it was released.</param>
public sealed record FailedOrderLine(string Id, long UserId, string? Username, string ModelId, string ModeId, string? Failure, string? Detail, long PriceMinor, DateTimeOffset At);

/// <summary>The read-only queries behind <c>/user</c> and <c>/failed</c>.</summary>
public sealed class AdminLookups
{
    private readonly BotDatabase _database;

    /// <summary>Creates the queries.</summary>
    /// <param name="database">The database.</param>
    public AdminLookups(BotDatabase database)
    {
        _database = database;
    }

    /// <summary>The id of the user with a username (without the @, case-insensitive).</summary>
    /// <param name="username">The username.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The id, or <see langword="null"/>.</returns>
    public Task<long?> FindByUsernameAsync(string username, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => connection.ScalarAsync<long?>(
            "SELECT id FROM users WHERE username = $name COLLATE NOCASE ORDER BY seen_at DESC LIMIT 1", null, ("$name", username.TrimStart('@'))), cancellationToken);

    /// <summary>A user's newest orders.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="limit">How many.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The orders, newest first.</returns>
    public Task<IReadOnlyList<UserOrderLine>> RecentOrdersAsync(long userId, int limit, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<UserOrderLine>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT id, model_id, mode_id, state, price, created_at FROM orders WHERE user_id = $user ORDER BY created_at DESC, rowid DESC LIMIT $limit",
                null,
                ("$user", userId),
                ("$limit", limit));
            return await ReadAsync(command, reader => new UserOrderLine(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), Time(reader, 5)), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>A user's newest Stars payments.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="limit">How many.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The payments, newest first.</returns>
    public Task<IReadOnlyList<UserPaymentLine>> RecentPaymentsAsync(long userId, int limit, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<UserPaymentLine>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT p.charge_id, p.stars, p.credited_minor, p.received_at, p.needs_attention, r.charge_id IS NOT NULL " +
                "FROM star_payments p LEFT JOIN star_refunds r ON r.charge_id = p.charge_id " +
                "WHERE p.payer_id = $user ORDER BY p.received_at DESC LIMIT $limit",
                null,
                ("$user", userId),
                ("$limit", limit));
            return await ReadAsync(command, reader => new UserPaymentLine(
                reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), Time(reader, 3), reader.GetInt64(4) == 1, reader.GetInt64(5) == 1), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>The newest released (failed) orders of all users.</summary>
    /// <param name="limit">How many.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The orders, newest first.</returns>
    public Task<IReadOnlyList<FailedOrderLine>> FailedOrdersAsync(int limit, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<FailedOrderLine>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT o.id, o.user_id, u.username, o.model_id, o.mode_id, o.failure, o.failure_detail, o.price, COALESCE(o.resolved_at, o.updated_at) AS at " +
                "FROM orders o LEFT JOIN users u ON u.id = o.user_id WHERE o.state = 'released' ORDER BY at DESC, o.rowid DESC LIMIT $limit",
                null,
                ("$limit", limit));
            return await ReadAsync(command, reader => new FailedOrderLine(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt64(7),
                Time(reader, 8)), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static DateTimeOffset Time(SqliteDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
