using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>What became of a rating or a comment request.</summary>
public enum FeedbackOutcome
{
    /// <summary>Stored.</summary>
    Done,

    /// <summary>No such order, or it belongs to someone else (the two are not told apart, so ids cannot be probed).</summary>
    NotYours,

    /// <summary>A comment was asked for an order that has no rating yet.</summary>
    NotRated,
}

/// <summary>A text message that was taken as feedback.</summary>
/// <param name="OrderId">The order it comments on, or null for free feedback (<c>/feedback</c>).</param>
public sealed record TakenFeedback(string? OrderId);

/// <summary>
/// The feedback tables: one rating per order (changeable, only by the order's owner), comments, free-text feedback, and
/// the per-user "your next message is feedback" marker. Each change is one transaction.
/// </summary>
public sealed class FeedbackStore
{
    /// <summary>How long a "send your comment" request waits for the message; an older one is forgotten.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(30);

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public FeedbackStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Stores (or changes) the rating of an order, if <paramref name="userId"/> bought it.</summary>
    /// <param name="userId">Who pressed the button.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="rating">1–5.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done, or NotYours.</returns>
    public Task<FeedbackOutcome> RateAsync(long userId, string orderId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, FeedbackCallbacks.MinRating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, FeedbackCallbacks.MaxRating);
        var now = Now();
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                if (!await OwnsAsync(connection, transaction, userId, orderId).ConfigureAwait(false))
                {
                    return FeedbackOutcome.NotYours;
                }

                await connection.ExecuteAsync(
                    "INSERT INTO feedback_ratings (order_id, user_id, rating, rated_at) VALUES ($order, $user, $rating, $now) " +
                    "ON CONFLICT (order_id) DO UPDATE SET rating = excluded.rating, rated_at = excluded.rated_at",
                    transaction,
                    ("$order", orderId), ("$user", userId), ("$rating", rating), ("$now", now)).ConfigureAwait(false);
                return FeedbackOutcome.Done;
            },
            cancellationToken);
    }

    /// <summary>The rating of an order, or null.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rating and comment, or null.</returns>
    public Task<(int Rating, string? Comment)?> FindRatingAsync(string orderId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<(int, string?)?>(
            async connection =>
            {
                await using var command = connection.Command("SELECT rating, comment FROM feedback_ratings WHERE order_id = $order", null, ("$order", orderId));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1))
                    : null;
            },
            cancellationToken);

    /// <summary>Makes the user's next text message a comment on a rated order of theirs.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Done, NotYours or NotRated.</returns>
    public Task<FeedbackOutcome> AwaitCommentAsync(long userId, string orderId, CancellationToken cancellationToken = default)
    {
        var now = Now();
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                if (!await OwnsAsync(connection, transaction, userId, orderId).ConfigureAwait(false))
                {
                    return FeedbackOutcome.NotYours;
                }

                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM feedback_ratings WHERE order_id = $order", transaction, ("$order", orderId)).ConfigureAwait(false) == 0)
                {
                    return FeedbackOutcome.NotRated;
                }

                await SetPendingAsync(connection, transaction, userId, orderId, now).ConfigureAwait(false);
                return FeedbackOutcome.Done;
            },
            cancellationToken);
    }

    /// <summary>Makes the user's next text message free feedback (<c>/feedback</c> without text).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task AwaitFreeFeedbackAsync(long userId, CancellationToken cancellationToken = default)
    {
        var now = Now();
        return _database.WriteAsync((connection, transaction) => SetPendingAsync(connection, transaction, userId, null, now), cancellationToken);
    }

    /// <summary>Whether the user's next text message is awaited as feedback (a cheap read before any write).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when a live request exists.</returns>
    public Task<bool> IsAwaitingAsync(long userId, CancellationToken cancellationToken = default)
    {
        var oldest = Now() - (long)PendingLifetime.TotalMilliseconds;
        return _database.ReadAsync(
            async connection => await connection.ScalarAsync<long>(
                "SELECT COUNT(*) FROM feedback_pending WHERE user_id = $user AND created_at >= $oldest", null, ("$user", userId), ("$oldest", oldest)).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    /// <summary>
    /// Takes a text message as the awaited feedback, if one is awaited: stores it as the order's comment or as free
    /// feedback and forgets the request, in one transaction. Null when nothing was awaited.
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="text">The message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What it was taken as, or null.</returns>
    public Task<TakenFeedback?> TakeAsync(long userId, string text, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var oldest = now - (long)PendingLifetime.TotalMilliseconds;
        return _database.WriteAsync<TakenFeedback?>(
            async (connection, transaction) =>
            {
                string? orderId;
                await using (var command = connection.Command(
                    "DELETE FROM feedback_pending WHERE user_id = $user RETURNING order_id, created_at", transaction, ("$user", userId)))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.GetInt64(1) < oldest)
                    {
                        return null;
                    }

                    orderId = reader.IsDBNull(0) ? null : reader.GetString(0);
                }

                if (orderId is null)
                {
                    await InsertFreeAsync(connection, transaction, userId, text, now).ConfigureAwait(false);
                }
                else
                {
                    await connection.ExecuteAsync(
                        "UPDATE feedback_ratings SET comment = $text, commented_at = $now WHERE order_id = $order AND user_id = $user",
                        transaction,
                        ("$order", orderId), ("$user", userId), ("$text", text), ("$now", now)).ConfigureAwait(false);
                }

                return new TakenFeedback(orderId);
            },
            cancellationToken);
    }

    /// <summary>Forgets an awaited comment or feedback message.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when one was awaited.</returns>
    public Task<bool> CancelAsync(long userId, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync("DELETE FROM feedback_pending WHERE user_id = $user", transaction, ("$user", userId)).ConfigureAwait(false) > 0,
            cancellationToken);

    /// <summary>Stores free-text feedback (<c>/feedback &lt;text&gt;</c>).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task SubmitAsync(long userId, string text, CancellationToken cancellationToken = default)
    {
        var now = Now();
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync("DELETE FROM feedback_pending WHERE user_id = $user", transaction, ("$user", userId)).ConfigureAwait(false);
                return await InsertFreeAsync(connection, transaction, userId, text, now).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static Task<int> InsertFreeAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string text, long now) =>
        connection.ExecuteAsync(
            "INSERT INTO feedback_messages (user_id, text, created_at) VALUES ($user, $text, $now)",
            transaction,
            ("$user", userId), ("$text", text), ("$now", now));

    private static Task<int> SetPendingAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string? orderId, long now) =>
        connection.ExecuteAsync(
            "INSERT INTO feedback_pending (user_id, order_id, created_at) VALUES ($user, $order, $now) " +
            "ON CONFLICT (user_id) DO UPDATE SET order_id = excluded.order_id, created_at = excluded.created_at",
            transaction,
            ("$user", userId), ("$order", orderId), ("$now", now));

    private static async Task<bool> OwnsAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId) =>
        await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM orders WHERE id = $order AND user_id = $user", transaction, ("$order", orderId), ("$user", userId)).ConfigureAwait(false) > 0;

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
