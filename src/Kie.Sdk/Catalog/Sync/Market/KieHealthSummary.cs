namespace Kie.Sdk.Catalog;

/// <summary>
/// A model's health in one verdict, from its success-rate buckets: the success rate over the most recent buckets that
/// had traffic, compared with a threshold.
/// </summary>
public sealed record KieHealthSummary
{
    /// <summary>The default threshold: a recent success rate below 80 % is degraded.</summary>
    public const decimal DefaultDegradedBelow = 0.8m;

    /// <summary>The default number of recent buckets with traffic the verdict looks at (6 ten-minute buckets: the last hour of traffic).</summary>
    public const int DefaultRecentBuckets = 6;

    /// <summary>The verdict.</summary>
    public KieModelHealthStatus Status { get; init; }

    /// <summary><see langword="true"/> when the recent success rate is below <see cref="DegradedBelow"/>.</summary>
    public bool IsDegraded => Status == KieModelHealthStatus.Degraded;

    /// <summary>The mean success rate (0–1) of the most recent buckets with traffic; <see langword="null"/> without traffic.</summary>
    public decimal? RecentSuccessRate { get; init; }

    /// <summary>The mean success rate (0–1) of every bucket with traffic; <see langword="null"/> without traffic.</summary>
    public decimal? OverallSuccessRate { get; init; }

    /// <summary>How many buckets had traffic.</summary>
    public int BucketsWithTraffic { get; init; }

    /// <summary>How many buckets KIE itself marked as not normal.</summary>
    public int AbnormalBuckets { get; init; }

    /// <summary>The end (or start) of the latest bucket with traffic, when known.</summary>
    public DateTimeOffset? LastTrafficAt { get; init; }

    /// <summary>The threshold used (0–1).</summary>
    public decimal DegradedBelow { get; init; } = DefaultDegradedBelow;

    /// <summary>Summarises success-rate buckets.</summary>
    /// <param name="points">The buckets, in any order (they are sorted by start).</param>
    /// <param name="degradedBelow">The success rate (0–1) under which the model counts as degraded.</param>
    /// <param name="recentBuckets">How many of the latest buckets with traffic the verdict averages (at least 1).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0–1 or <paramref name="recentBuckets"/> is below 1.</exception>
    public static KieHealthSummary Summarise(IEnumerable<KieHealthPoint> points, decimal degradedBelow = DefaultDegradedBelow, int recentBuckets = DefaultRecentBuckets)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegative(degradedBelow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degradedBelow, 1m);
        ArgumentOutOfRangeException.ThrowIfLessThan(recentBuckets, 1);

        var all = points.ToList();
        // Stable sort: buckets without a start keep their listed order, which KIE gives oldest first.
        var ordered = all.Select((point, index) => (point, index)).OrderBy(item => item.point.Start ?? DateTimeOffset.MinValue).ThenBy(item => item.index).Select(item => item.point).ToList();
        var withTraffic = ordered.Where(point => point.HasTraffic).ToList();
        var abnormal = all.Count(point => point.IsNormal == false);
        if (withTraffic.Count == 0)
        {
            return new KieHealthSummary { Status = KieModelHealthStatus.NoTraffic, AbnormalBuckets = abnormal, DegradedBelow = degradedBelow };
        }

        var recent = Mean(withTraffic.Skip(Math.Max(0, withTraffic.Count - recentBuckets)));
        var last = withTraffic[^1];
        return new KieHealthSummary
        {
            Status = recent < degradedBelow ? KieModelHealthStatus.Degraded : KieModelHealthStatus.Healthy,
            RecentSuccessRate = recent,
            OverallSuccessRate = Mean(withTraffic),
            BucketsWithTraffic = withTraffic.Count,
            AbnormalBuckets = abnormal,
            LastTrafficAt = last.End ?? last.Start,
            DegradedBelow = degradedBelow,
        };
    }

    // A bucket that reports only its error rate still tells the success rate.
    private static decimal SuccessOf(KieHealthPoint point) => point.SuccessRate ?? (1m - point.ErrorRate!.Value);

    private static decimal Mean(IEnumerable<KieHealthPoint> points)
    {
        var rates = points.Select(SuccessOf).ToList();
        return decimal.Round(rates.Sum() / rates.Count, 4);
    }
}
