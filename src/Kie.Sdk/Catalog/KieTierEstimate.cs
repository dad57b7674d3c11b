namespace Kie.Sdk.Catalog;

/// <summary>The price of one speed tier for the same input, shown beside the others in a quote.</summary>
public sealed record KieTierEstimate
{
    /// <summary>The tier.</summary>
    public required KieSpeedTier Tier { get; init; }

    /// <summary><see langword="true"/> when the input as given already is this tier.</summary>
    public bool IsSelected { get; init; }

    /// <summary>The estimate for this tier (its own <see cref="KieCreditEstimate.SpeedTiers"/> is empty), or <see langword="null"/> when not sellable.</summary>
    public KieCreditEstimate? Estimate { get; init; }

    /// <summary>Why the tier cannot be sold for this input, when <see cref="Estimate"/> is <see langword="null"/>.</summary>
    public string? NotSellableReason { get; init; }

    /// <summary>The tier's credits, or <see langword="null"/> when not sellable.</summary>
    public decimal? Credits => Estimate?.Credits;
}
