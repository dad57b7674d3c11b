namespace Kie.Sdk.Catalog;

/// <summary>
/// The prices of one mode: ordered rules (first match wins) plus the source's own price words, which catalog sync
/// compares with KIE's live <c>pricingDesc</c>. No rule matching an input means that input is not sellable.
/// </summary>
public sealed record KieModePricing
{
    /// <summary>A mode with no known price: nothing is sellable.</summary>
    public static KieModePricing None { get; } = new();

    /// <summary>The rules, most specific first; only rules with a known price (confidence exact or estimated).</summary>
    public IReadOnlyList<KiePriceRule> Rules { get; init; } = [];

    /// <summary>The price as the source wrote it (e.g. <c>55/110 silent, 110/220 with sound</c>), for review beside KIE's text.</summary>
    public string? PriceText { get; init; }

    /// <summary>Where the mode's prices come from (each rule carries its own <see cref="KiePriceRule.Source"/>; this is the common one).</summary>
    public string? Source { get; init; }

    /// <summary>When the mode's prices were taken (each rule carries its own <see cref="KiePriceRule.Date"/>; this is the common one).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Why the pricing looks as it does (e.g. why a price is unknown), when worth saying.</summary>
    public string? Note { get; init; }

    /// <summary><see langword="true"/> when at least one input combination has a price.</summary>
    public bool IsKnown => Rules.Count > 0;
}
