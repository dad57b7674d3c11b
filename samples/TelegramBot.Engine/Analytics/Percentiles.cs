namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank
/// ⌈p/100 · n⌉ (1-based). It always returns a time that really happened (no interpolation between two generations), and
/// for small samples it is easy to check by hand: of 1..10 s, p50 is 5 s and p95 is 10 s.
/// </summary>
public static class Percentiles
{
    /// <summary>The nearest-rank percentile of the values, or null for none.</summary>
    /// <param name="values">The values (any order).</param>
    /// <param name="percent">0 &lt; p ≤ 100.</param>
    /// <returns>The percentile, or null.</returns>
    public static long? NearestRank(IReadOnlyList<long> values, int percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();

        // Integer arithmetic for ⌈p·n/100⌉: no floating point, no rounding surprises.
        var rank = ((percent * (long)sorted.Length) + 99) / 100;
        return sorted[Math.Max(1, rank) - 1];
    }
}
