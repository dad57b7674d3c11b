namespace Kie.Sdk.Catalog;

/// <summary>One bucket (KIE uses ten minutes) of a model's success-rate history.</summary>
public sealed record KieHealthPoint
{
    /// <summary>When the bucket starts, when given.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When the bucket ends, when given.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>The share of tasks that succeeded, 0–1 (KIE's percentages are divided by 100); <see langword="null"/> when the bucket had no traffic.</summary>
    public decimal? SuccessRate { get; init; }

    /// <summary>The share of tasks that failed, 0–1; <see langword="null"/> when the bucket had no traffic.</summary>
    public decimal? ErrorRate { get; init; }

    /// <summary>KIE's own verdict on the bucket, when given.</summary>
    public bool? IsNormal { get; init; }

    /// <summary><see langword="true"/> when the bucket had traffic (a rate is known).</summary>
    public bool HasTraffic => SuccessRate is not null || ErrorRate is not null;
}
