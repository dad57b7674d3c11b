namespace Kie.Sdk.Catalog;

/// <summary>How far a catalogued price can be trusted. Prices drift monthly; the source and date sit beside it.</summary>
public enum KiePriceConfidence
{
    /// <summary>No price is known: the mode or input combination is not sellable. Catalog JSON: <c>unknown</c>.</summary>
    Unknown = 0,

    /// <summary>
    /// A single source, an approximate figure, or a range (the catalog then carries its upper bound, so a sale never
    /// charges less than KIE may). Sellable, but worth checking against <c>creditsConsumed</c>. Catalog JSON: <c>estimated</c>.
    /// </summary>
    Estimated,

    /// <summary>Confirmed by two or more independent sources. Catalog JSON: <c>exact</c>.</summary>
    Exact,
}
