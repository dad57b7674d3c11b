using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// A model's recent success rate (<c>GET /api/v1/models/{model}/success-rate</c>): up to 144 ten-minute buckets and a
/// verdict, so a bot can warn about or hide a degraded model.
/// </summary>
public sealed record KieModelHealth
{
    /// <summary>The API model id.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>The buckets as KIE sent them, rates scaled to 0–1.</summary>
    public IReadOnlyList<KieHealthPoint> Points { get; init; } = [];

    /// <summary>The verdict with the default threshold (<see cref="KieHealthSummary.DefaultDegradedBelow"/>); call <see cref="Summarise"/> for another.</summary>
    public KieHealthSummary Summary { get; init; } = new();

    /// <summary>The answer's <c>data</c> exactly as KIE sent it.</summary>
    public JsonElement RawJson { get; init; }

    /// <summary>Summarises <see cref="Points"/> with another threshold or window.</summary>
    /// <param name="degradedBelow">The success rate (0–1) under which the model counts as degraded.</param>
    /// <param name="recentBuckets">How many of the latest buckets with traffic the verdict averages.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0–1 or <paramref name="recentBuckets"/> is below 1.</exception>
    public KieHealthSummary Summarise(decimal degradedBelow = KieHealthSummary.DefaultDegradedBelow, int recentBuckets = KieHealthSummary.DefaultRecentBuckets) =>
        KieHealthSummary.Summarise(Points, degradedBelow, recentBuckets);
}
