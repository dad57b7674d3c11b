using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>A result file still to be copied.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Index">The file's index among the order's results.</param>
/// <param name="Url">The provider's URL.</param>
/// <param name="Attempts">How many attempts failed so far.</param>
/// <param name="StoredAt">When the order's results were stored (its completion), when known.</param>
public sealed record ArchiveCandidate(string OrderId, int Index, Uri Url, int Attempts, DateTimeOffset? StoredAt = null);

/// <summary>What the archive knows about one result file.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Index">The file's index.</param>
/// <param name="State"><c>archived</c>, <c>retrying</c> or <c>failed</c>.</param>
/// <param name="Store">The store holding the copy (archived only).</param>
/// <param name="Key">The copy's key (archived only).</param>
/// <param name="Size">The copy's size in bytes (archived only).</param>
/// <param name="Sha256">The copy's SHA-256, lower-case hex (archived only).</param>
/// <param name="ContentType">The media type the provider reported, if any.</param>
/// <param name="Attempts">Failed attempts.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="ArchivedAt">When the copy was made.</param>
public sealed record ArchiveRecord(string OrderId, int Index, string State, string? Store, string? Key, long? Size, string? Sha256, string? ContentType, int Attempts, string? LastError, DateTimeOffset? ArchivedAt)
{
    /// <summary>Whether a complete copy exists.</summary>
    public bool IsArchived => State == "archived";
}

/// <summary>
/// The <c>archived_results</c> table: which result files still need copying (no row, or a retry that is due), and what
/// came of each attempt.
/// </summary>
public sealed class ArchiveRecords
{
    private const int MaxErrorLength = 500;
    private readonly BotDatabase _database;

    /// <summary>Creates the records.</summary>
    /// <param name="database">The database.</param>
    public ArchiveRecords(BotDatabase database)
    {
        _database = database;
    }

    /// <summary>Result files to copy now: never tried, or due for another attempt.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The files, oldest attempts first.</returns>
    public Task<IReadOnlyList<ArchiveCandidate>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<ArchiveCandidate>>(
            async connection =>
            {
                await using var command = connection.Command(
                    "SELECT r.order_id, r.idx, r.url, COALESCE(a.attempts, 0), o.completed_at FROM order_results r " +
                    "LEFT JOIN archived_results a ON a.order_id = r.order_id AND a.idx = r.idx " +
                    "LEFT JOIN orders o ON o.id = r.order_id " +
                    "WHERE a.order_id IS NULL OR (a.state = 'retrying' AND a.next_attempt_at <= $now) " +
                    "ORDER BY COALESCE(a.next_attempt_at, 0) LIMIT $limit",
                    null,
                    ("$now", now.ToUnixTimeMilliseconds()), ("$limit", limit));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var found = new List<ArchiveCandidate>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (Uri.TryCreate(reader.GetString(2), UriKind.Absolute, out var url))
                    {
                        var storedAt = reader.IsDBNull(4) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4));
                        found.Add(new ArchiveCandidate(reader.GetString(0), reader.GetInt32(1), url, reader.GetInt32(3), storedAt));
                    }
                }

                return found;
            },
            cancellationToken);

    /// <summary>When the earliest waiting retry is due, if any.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The time, or null.</returns>
    public Task<DateTimeOffset?> NextRetryAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                var at = await connection.ScalarAsync<long?>("SELECT MIN(next_attempt_at) FROM archived_results WHERE state = 'retrying'", null).ConfigureAwait(false);
                return at is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
            },
            cancellationToken);

    /// <summary>Records a complete copy.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file's index.</param>
    /// <param name="copy">Where the copy is and what it holds.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task RecordArchivedAsync(string orderId, int index, ArchivedCopy copy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO archived_results (order_id, idx, state, store, key, size, sha256, content_type, attempts, next_attempt_at, last_error, archived_at, updated_at) " +
                "VALUES ($id, $idx, 'archived', $store, $key, $size, $sha, $type, 0, NULL, NULL, $now, $now) " +
                "ON CONFLICT (order_id, idx) DO UPDATE SET state = 'archived', store = excluded.store, key = excluded.key, size = excluded.size, " +
                "sha256 = excluded.sha256, content_type = excluded.content_type, next_attempt_at = NULL, archived_at = excluded.archived_at, updated_at = excluded.updated_at",
                transaction,
                ("$id", orderId), ("$idx", index), ("$store", copy.Store), ("$key", copy.Key), ("$size", copy.Size), ("$sha", copy.Sha256),
                ("$type", copy.ContentType), ("$now", now.ToUnixTimeMilliseconds())),
            cancellationToken);
    }

    /// <summary>Records a failed attempt: to retry at <paramref name="retryAt"/>, or given up when that is null.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file's index.</param>
    /// <param name="attempts">Failed attempts including this one.</param>
    /// <param name="error">What went wrong (no secrets: error messages only).</param>
    /// <param name="retryAt">When to try again; null to give up.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task RecordFailureAsync(string orderId, int index, int attempts, string error, DateTimeOffset? retryAt, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        return _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO archived_results (order_id, idx, state, attempts, next_attempt_at, last_error, updated_at) " +
                "VALUES ($id, $idx, $state, $attempts, $next, $error, $now) " +
                "ON CONFLICT (order_id, idx) DO UPDATE SET state = excluded.state, attempts = excluded.attempts, " +
                "next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error, updated_at = excluded.updated_at " +
                "WHERE archived_results.state <> 'archived'",
                transaction,
                ("$id", orderId), ("$idx", index), ("$state", retryAt is null ? "failed" : "retrying"), ("$attempts", attempts),
                ("$next", retryAt?.ToUnixTimeMilliseconds()), ("$error", text), ("$now", now.ToUnixTimeMilliseconds())),
            cancellationToken);
    }

    /// <summary>Reads what the archive knows about one file.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file's index.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or null when the file was not dealt with yet.</returns>
    public Task<ArchiveRecord?> FindAsync(string orderId, int index, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    "SELECT state, store, key, size, sha256, content_type, attempts, last_error, archived_at FROM archived_results WHERE order_id = $id AND idx = $idx",
                    null,
                    ("$id", orderId), ("$idx", index));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader, orderId, index) : null;
            },
            cancellationToken);

    private static ArchiveRecord Read(SqliteDataReader reader, string orderId, int index) => new(
        orderId,
        index,
        reader.GetString(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetInt64(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)));
}
