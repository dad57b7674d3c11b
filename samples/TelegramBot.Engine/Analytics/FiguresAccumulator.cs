namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>One order as the report reads it.</summary>
/// <param name="ModelId">The model.</param>
/// <param name="ModeId">The mode.</param>
/// <param name="CreatedAt">When it was placed.</param>
/// <param name="Succeeded">Whether its result arrived.</param>
/// <param name="Failed">Whether it was released.</param>
/// <param name="Failure">Its failure code, if released.</param>
/// <param name="TimeToResultMs">Milliseconds from order to result, for successful ones.</param>
/// <param name="CreditsConsumed">KIE's credits, when reported.</param>
/// <param name="CapturedMinor">The captured amount.</param>
/// <param name="ReleasedMinor">The released amount.</param>
/// <param name="Rating">Its rating, if rated.</param>
internal sealed record ReportOrder(string ModelId, string ModeId, DateTimeOffset CreatedAt, bool Succeeded, bool Failed, string? Failure, long? TimeToResultMs, decimal CreditsConsumed, long CapturedMinor, long ReleasedMinor, int? Rating);

/// <summary>Adds orders up into <see cref="ReportFigures"/> (the percentiles need every duration, so it keeps them).</summary>
internal sealed class FiguresAccumulator
{
    private readonly List<long> _durations = [];
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private int _generations;
    private int _succeeded;
    private int _failed;
    private decimal _credits;
    private long _revenue;
    private long _refunded;
    private int _ratings;
    private long _ratingSum;

    /// <summary>Counts one order.</summary>
    /// <param name="order">The order.</param>
    public void Add(ReportOrder order)
    {
        _generations++;
        if (order.Succeeded)
        {
            _succeeded++;
            if (order.TimeToResultMs is { } ms)
            {
                _durations.Add(ms);
            }
        }

        if (order.Failed)
        {
            _failed++;
            var code = order.Failure ?? "unknown";
            _failures[code] = _failures.GetValueOrDefault(code) + 1;
        }

        _credits += order.CreditsConsumed;
        _revenue += order.CapturedMinor;
        _refunded += order.ReleasedMinor;
        if (order.Rating is { } rating)
        {
            _ratings++;
            _ratingSum += rating;
        }
    }

    /// <summary>The figures so far.</summary>
    /// <returns>The figures.</returns>
    public ReportFigures Build() => new()
    {
        Generations = _generations,
        Succeeded = _succeeded,
        Failed = _failed,
        FailuresByCode = _failures.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)).ToArray(),
        P50 = Percentiles.NearestRank(_durations, 50) is { } p50 ? TimeSpan.FromMilliseconds(p50) : null,
        P95 = Percentiles.NearestRank(_durations, 95) is { } p95 ? TimeSpan.FromMilliseconds(p95) : null,
        CreditsSpent = _credits,
        RevenueMinor = _revenue,
        RefundedMinor = _refunded,
        Ratings = _ratings,
        AverageRating = _ratings == 0 ? null : Math.Round((decimal)_ratingSum / _ratings, 2, MidpointRounding.AwayFromZero),
    };
}
