namespace Kie.Sdk.Catalog;

/// <summary>
/// One price of a mode, in credits: applies when every condition in <see cref="When"/> holds for the validated input.
/// The first matching rule of <see cref="KieModePricing.Rules"/> wins. Price = <see cref="Credits"/>
/// × units (<see cref="Unit"/>) × the count in <see cref="MultiplyBy"/>, when set.
/// </summary>
/// <remarks>
/// Rule kinds, all expressed with these fields: flat (no conditions); per enum value (resolution, duration, quality,
/// rendering speed, std/pro — a condition on that parameter); per second (<see cref="KiePriceUnit.Second"/>); with or
/// without sound (a condition on the boolean, <c>true</c>/<c>false</c>); per output (<see cref="MultiplyBy"/>); and
/// combinations (several conditions).
/// </remarks>
public sealed record KiePriceRule
{
    /// <summary>
    /// The conditions, parameter name → value as validated (enum values in their declared casing, booleans as
    /// <c>true</c>/<c>false</c>, numbers in invariant text). A <see langword="null"/> value means "absent or empty".
    /// </summary>
    public IReadOnlyDictionary<string, string?> When { get; init; } = new Dictionary<string, string?>();

    /// <summary>Credits per unit. Decimal: KIE charges fractions (0.5, 6.5, 104.5).</summary>
    public decimal Credits { get; init; }

    /// <summary>What <see cref="Credits"/> are counted per.</summary>
    public KiePriceUnit Unit { get; init; }

    /// <summary>For <see cref="KiePriceUnit.Second"/> the duration parameter; for <see cref="KiePriceUnit.ThousandCharacters"/> the text parameter.</summary>
    public string? UnitParameter { get; init; }

    /// <summary>A count parameter (number of images, say) the price is multiplied by; absent means 1.</summary>
    public string? MultiplyBy { get; init; }

    /// <summary>How far the price can be trusted.</summary>
    public KiePriceConfidence Confidence { get; init; }

    /// <summary>Where the price was taken from, e.g. <c>kie-api.md §7 / S5 pricing table</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The date the source's price was taken (its snapshot date).</summary>
    public DateOnly Date { get; init; }

    /// <summary>Why the rule looks as it does (an approximation, an assumed unit), when worth saying.</summary>
    public string? Note { get; init; }
}
