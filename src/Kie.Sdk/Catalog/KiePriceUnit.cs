namespace Kie.Sdk.Catalog;

/// <summary>What the credits of a <see cref="KiePriceRule"/> are counted per.</summary>
public enum KiePriceUnit
{
    /// <summary>Per task (one generation). Catalog JSON: <c>task</c>.</summary>
    Task = 0,

    /// <summary>
    /// Per second of output: credits × the numeric value of <see cref="KiePriceRule.UnitParameter"/> (a duration).
    /// Catalog JSON: <c>second</c>.
    /// </summary>
    Second,

    /// <summary>
    /// Per started 1,000 characters of the text in <see cref="KiePriceRule.UnitParameter"/> (text-to-speech).
    /// Catalog JSON: <c>thousand_characters</c>.
    /// </summary>
    ThousandCharacters,
}
