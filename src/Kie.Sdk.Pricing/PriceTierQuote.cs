using Kie.Sdk.Catalog;

namespace Kie.Sdk.Pricing;

/// <summary>One speed tier's price for the same input, shown beside the others so a person can pick fast or standard.</summary>
public sealed record PriceTierQuote
{
    /// <summary>The tier (its id, name, and the parameter or mode it sets).</summary>
    public required KieSpeedTier Tier { get; init; }

    /// <summary><see langword="true"/> when the input as given already is this tier.</summary>
    public bool IsSelected { get; init; }

    /// <summary>The tier's quote, or <see langword="null"/> when no price is known for it (never a guess).</summary>
    public PriceQuote? Quote { get; init; }

    /// <summary>Why the tier cannot be sold for this input, when <see cref="Quote"/> is <see langword="null"/>.</summary>
    public string? NotSellableReason { get; init; }
}
