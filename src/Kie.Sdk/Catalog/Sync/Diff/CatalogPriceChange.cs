namespace Kie.Sdk.Catalog;

/// <summary>
/// KIE's price text names credit amounts the catalog's rules do not produce (or the catalog has no price): both sides
/// for an administrator to review. Nothing is re-priced automatically.
/// </summary>
public sealed record CatalogPriceChange
{
    /// <summary>The API model id.</summary>
    public string ApiModel { get; init; } = string.Empty;

    /// <summary>The catalog model id.</summary>
    public string ModelId { get; init; } = string.Empty;

    /// <summary>The local modes concerned.</summary>
    public IReadOnlyList<string> ModeIds { get; init; } = [];

    /// <summary>The catalog's price text (<see cref="KieModePricing.PriceText"/>, else its rules rendered); <see langword="null"/> when it has no price.</summary>
    public string? LocalText { get; init; }

    /// <summary>The catalog's rules rendered as text (e.g. <c>11 credits/s × duration if sound=true</c>).</summary>
    public string LocalRules { get; init; } = string.Empty;

    /// <summary>KIE's price text (<c>pricingDesc</c>).</summary>
    public string RemoteText { get; init; } = string.Empty;

    /// <summary>The credit amounts the catalog's rules can produce (per unit and totals over the allowed durations and counts).</summary>
    public IReadOnlyList<decimal> LocalCredits { get; init; } = [];

    /// <summary>The credit amounts KIE's text names.</summary>
    public IReadOnlyList<decimal> RemoteCredits { get; init; } = [];

    /// <summary>The amounts KIE names that no local rule produces: the reason this change is reported.</summary>
    public IReadOnlyList<decimal> UnmatchedCredits { get; init; } = [];
}
