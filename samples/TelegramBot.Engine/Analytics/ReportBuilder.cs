using System.Globalization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Builds reports from the database (never from logs): orders with their ledger capture and release, their ratings,
/// Stars refunds and feedback. SQL selects the period's rows; C# adds them up (percentiles and decimal credits are
/// easier to get exactly right there). Money stays in long minor units and credits in decimal throughout.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>How many of the latest comments a report lists.</summary>
    public const int CommentsListed = 5;

    // One row per order of the period; the ledger's own transfers (not the order's price) give revenue and refunds.
    private const string OrdersSql =
        "SELECT o.model_id, o.mode_id, o.created_at, o.state, o.failure, o.completed_at, o.credits_consumed, " +
        "COALESCE(c.amount, 0), COALESCE(r.amount, 0), f.rating " +
        "FROM orders o " +
        "LEFT JOIN ledger_transfers c ON c.id = 'order:' || o.id || ':capture' " +
        "LEFT JOIN ledger_transfers r ON r.id = 'order:' || o.id || ':release' " +
        "LEFT JOIN feedback_ratings f ON f.order_id = o.id " +
        "WHERE o.created_at >= $from AND o.created_at < $to";

    private readonly BotDatabase _database;

    /// <summary>Creates the builder.</summary>
    /// <param name="database">The database.</param>
    public ReportBuilder(BotDatabase database)
    {
        _database = database;
    }

    /// <summary>Builds the report of a period.</summary>
    /// <param name="period">The local days.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The report.</returns>
    public Task<AnalyticsReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = period.Start.ToUnixTimeMilliseconds();
        var to = period.End.ToUnixTimeMilliseconds();
        return _database.ReadAsync(
            async connection =>
            {
                var orders = await ReadOrdersAsync(connection, from, to, cancellationToken).ConfigureAwait(false);
                var refunds = await ReadStarRefundsAsync(connection, period, from, to, cancellationToken).ConfigureAwait(false);
                var comments = await ReadCommentsAsync(connection, from, to, cancellationToken).ConfigureAwait(false);
                var messages = await connection.ScalarAsync<long>(
                    "SELECT COUNT(*) FROM feedback_messages WHERE created_at >= $from AND created_at < $to", null, ("$from", from), ("$to", to)).ConfigureAwait(false);
                return Aggregate(period, orders, refunds, comments, (int)messages);
            },
            cancellationToken);
    }

    private static AnalyticsReport Aggregate(ReportPeriod period, IReadOnlyList<ReportOrder> orders, IReadOnlyList<StarRefundDay> refunds, IReadOnlyList<FeedbackComment> comments, int messages)
    {
        var totals = new FiguresAccumulator();
        var days = period.Days.ToDictionary(day => day, _ => new FiguresAccumulator());
        var models = new Dictionary<(string, string), FiguresAccumulator>();
        var rows = new Dictionary<(DateOnly, string, string), FiguresAccumulator>();
        foreach (var order in orders)
        {
            var day = ReportPeriod.LocalDay(order.CreatedAt, period.Zone);
            totals.Add(order);
            if (days.TryGetValue(day, out var perDay))
            {
                perDay.Add(order);
            }

            Get(models, (order.ModelId, order.ModeId)).Add(order);
            Get(rows, (day, order.ModelId, order.ModeId)).Add(order);
        }

        return new AnalyticsReport(
            period,
            totals.Build(),
            days.OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value.Build())).ToArray(),
            models.Select(pair => new ModelRow(pair.Key.Item1, pair.Key.Item2, pair.Value.Build()))
                .OrderByDescending(row => row.Figures.Generations).ThenBy(row => row.ModelId, StringComparer.Ordinal).ThenBy(row => row.ModeId, StringComparer.Ordinal).ToArray(),
            rows.Select(pair => new DailyModelRow(pair.Key.Item1, pair.Key.Item2, pair.Key.Item3, pair.Value.Build()))
                .OrderBy(row => row.Day).ThenBy(row => row.ModelId, StringComparer.Ordinal).ThenBy(row => row.ModeId, StringComparer.Ordinal).ToArray(),
            refunds,
            comments,
            messages);
    }

    private static FiguresAccumulator Get<TKey>(Dictionary<TKey, FiguresAccumulator> groups, TKey key)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new FiguresAccumulator();
            groups[key] = group;
        }

        return group;
    }

    private static async Task<IReadOnlyList<ReportOrder>> ReadOrdersAsync(SqliteConnection connection, long from, long to, CancellationToken cancellationToken)
    {
        var orders = new List<ReportOrder>();
        await using var command = connection.Command(OrdersSql, null, ("$from", from), ("$to", to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var createdAt = reader.GetInt64(2);
            var state = reader.GetString(3);
            var succeeded = state is "succeeded" or "delivered" or "captured";
            long? completedAt = reader.IsDBNull(5) ? null : reader.GetInt64(5);
            orders.Add(new ReportOrder(
                reader.GetString(0),
                reader.GetString(1),
                DateTimeOffset.FromUnixTimeMilliseconds(createdAt),
                succeeded,
                state == "released",
                reader.IsDBNull(4) ? null : reader.GetString(4),
                succeeded && completedAt is { } done ? done - createdAt : null,
                reader.IsDBNull(6) ? 0m : decimal.Parse(reader.GetString(6), NumberStyles.Number, CultureInfo.InvariantCulture),
                reader.GetInt64(7),
                reader.GetInt64(8),
                reader.IsDBNull(9) ? null : reader.GetInt32(9)));
        }

        return orders;
    }

    private static async Task<IReadOnlyList<StarRefundDay>> ReadStarRefundsAsync(SqliteConnection connection, ReportPeriod period, long from, long to, CancellationToken cancellationToken)
    {
        var days = new SortedDictionary<DateOnly, (int Count, long Stars, long Reversed)>();
        await using var command = connection.Command(
            "SELECT refunded_at, stars, reversed_minor FROM star_refunds WHERE refunded_at >= $from AND refunded_at < $to", null, ("$from", from), ("$to", to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var day = ReportPeriod.LocalDay(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), period.Zone);
            var sum = days.GetValueOrDefault(day);
            days[day] = (sum.Count + 1, sum.Stars + reader.GetInt64(1), sum.Reversed + reader.GetInt64(2));
        }

        return days.Select(pair => new StarRefundDay(pair.Key, pair.Value.Count, pair.Value.Stars, pair.Value.Reversed)).ToArray();
    }

    private static async Task<IReadOnlyList<FeedbackComment>> ReadCommentsAsync(SqliteConnection connection, long from, long to, CancellationToken cancellationToken)
    {
        var comments = new List<FeedbackComment>();
        await using var command = connection.Command(
            "SELECT at, user_id, order_id, model_id, rating, text FROM (" +
            "SELECT f.commented_at AS at, f.user_id, f.order_id, o.model_id, f.rating, f.comment AS text, 0 AS kind FROM feedback_ratings f " +
            "LEFT JOIN orders o ON o.id = f.order_id WHERE f.comment IS NOT NULL AND f.commented_at >= $from AND f.commented_at < $to " +
            "UNION ALL SELECT created_at, user_id, NULL, NULL, NULL, text, 1 FROM feedback_messages WHERE created_at >= $from AND created_at < $to) " +
            "ORDER BY at DESC, kind LIMIT $limit",
            null,
            ("$from", from), ("$to", to), ("$limit", CommentsListed));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            comments.Add(new FeedbackComment(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.GetString(5)));
        }

        return comments;
    }
}
