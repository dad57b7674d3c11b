using System.Globalization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>One reading of the KIE credit balance.</summary>
/// <param name="TakenAt">When it was read.</param>
/// <param name="Credits">The balance.</param>
public sealed record CreditSnapshot(DateTimeOffset TakenAt, decimal Credits);

/// <summary>The analytics tables: KIE credit readings and the little state the reports keep across restarts.</summary>
public sealed class AnalyticsStore
{
    /// <summary>The state key of the last local day whose daily report was sent (yyyy-MM-dd).</summary>
    public const string LastDailyReportKey = "daily_report_day";

    /// <summary>The state key of the low-credit alert: "1" while the balance is below the threshold and the admins were told.</summary>
    public const string LowCreditAlertKey = "low_credit_alert";

    private readonly BotDatabase _database;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    public AnalyticsStore(BotDatabase database)
    {
        _database = database;
    }

    /// <summary>Stores a reading inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="snapshot">The reading.</param>
    /// <returns>A task that completes when stored.</returns>
    public static Task<int> AddSnapshotAsync(SqliteConnection connection, SqliteTransaction transaction, CreditSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return connection.ExecuteAsync(
            "INSERT INTO kie_credit_snapshots (taken_at, credits) VALUES ($at, $credits)",
            transaction,
            ("$at", snapshot.TakenAt.ToUnixTimeMilliseconds()), ("$credits", snapshot.Credits.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Stores a reading.</summary>
    /// <param name="snapshot">The reading.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task AddSnapshotAsync(CreditSnapshot snapshot, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => AddSnapshotAsync(connection, transaction, snapshot), cancellationToken);

    /// <summary>
    /// The readings that bound a window: the last one at or before its start (else the first inside it), every one
    /// inside, and the first one at or after its end (else the last inside it), in time order.
    /// </summary>
    /// <param name="start">The window's start.</param>
    /// <param name="end">The window's end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The readings (fewer than two when the window cannot be reconciled).</returns>
    public Task<IReadOnlyList<CreditSnapshot>> SnapshotsAroundAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<CreditSnapshot>>(
            async connection =>
            {
                var from = start.ToUnixTimeMilliseconds();
                var to = end.ToUnixTimeMilliseconds();
                var first = await connection.ScalarAsync<long?>("SELECT MAX(taken_at) FROM kie_credit_snapshots WHERE taken_at <= $from", null, ("$from", from)).ConfigureAwait(false) ?? from;
                var last = await connection.ScalarAsync<long?>("SELECT MIN(taken_at) FROM kie_credit_snapshots WHERE taken_at >= $to", null, ("$to", to)).ConfigureAwait(false) ?? to;
                var snapshots = new List<CreditSnapshot>();
                await using var command = connection.Command(
                    "SELECT taken_at, credits FROM kie_credit_snapshots WHERE taken_at >= $first AND taken_at <= $last ORDER BY taken_at, id",
                    null,
                    ("$first", first), ("$last", last));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    snapshots.Add(new CreditSnapshot(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), decimal.Parse(reader.GetString(1), NumberStyles.Number, CultureInfo.InvariantCulture)));
                }

                return snapshots;
            },
            cancellationToken);

    /// <summary>The credits KIE reported for our tasks completed in [start, end).</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end (exclusive).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sum.</returns>
    public Task<decimal> CreditsConsumedAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                var sum = 0m;
                await using var command = connection.Command(
                    "SELECT credits_consumed FROM orders WHERE completed_at >= $from AND completed_at < $to AND credits_consumed IS NOT NULL",
                    null,
                    ("$from", start.ToUnixTimeMilliseconds()), ("$to", end.ToUnixTimeMilliseconds()));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    sum += decimal.Parse(reader.GetString(0), NumberStyles.Number, CultureInfo.InvariantCulture);
                }

                return sum;
            },
            cancellationToken);

    /// <summary>Reads a state value inside a transaction (or outside one with a null transaction).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value, or null.</returns>
    public static Task<string?> GetStateAsync(SqliteConnection connection, SqliteTransaction? transaction, string key) =>
        connection.ScalarAsync<string>("SELECT value FROM report_state WHERE key = $key", transaction, ("$key", key));

    /// <summary>Writes a state value inside the caller's transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="now">The current time.</param>
    /// <returns>A task that completes when stored.</returns>
    public static Task<int> SetStateAsync(SqliteConnection connection, SqliteTransaction transaction, string key, string value, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "INSERT INTO report_state (key, value, updated_at) VALUES ($key, $value, $now) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            transaction,
            ("$key", key), ("$value", value), ("$now", now.ToUnixTimeMilliseconds()));

    /// <summary>Reads a state value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value, or null.</returns>
    public Task<string?> GetStateAsync(string key, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => GetStateAsync(connection, null, key), cancellationToken);
}
