using System.Globalization;

namespace Kie.Sdk.Catalog;

/// <summary>
/// What a task should cost in credits, from the catalog's price rules: never a guess — an input without a matching
/// rule raises <see cref="KieNotSellableException"/> instead. KIE's actual charge is <c>creditsConsumed</c> afterwards.
/// Credits = <see cref="KiePriceRule.Credits"/> × <see cref="Quantity"/> × <see cref="Count"/>.
/// </summary>
public sealed record KieCreditEstimate
{
    /// <summary>The catalog model id.</summary>
    public required string ModelId { get; init; }

    /// <summary>The mode id.</summary>
    public required string ModeId { get; init; }

    /// <summary>The API model id the task is sent as.</summary>
    public required string ApiModel { get; init; }

    /// <summary>The credits; always more than 0.</summary>
    public decimal Credits { get; init; }

    /// <summary>The rule that priced the input.</summary>
    public required KiePriceRule Rule { get; init; }

    /// <summary>
    /// How many of the rule's units were counted: 1 per task, the seconds for <see cref="KiePriceUnit.Second"/>, the
    /// started thousands of characters for <see cref="KiePriceUnit.ThousandCharacters"/>.
    /// </summary>
    public decimal Quantity { get; init; } = 1;

    /// <summary>The value of the rule's <see cref="KiePriceRule.MultiplyBy"/> parameter (outputs); 1 when it has none.</summary>
    public decimal Count { get; init; } = 1;

    /// <summary>How far the price can be trusted (the rule's).</summary>
    public KiePriceConfidence Confidence => Rule.Confidence;

    /// <summary>Where the price comes from (the rule's).</summary>
    public string Source => Rule.Source;

    /// <summary>When the price was taken (the rule's).</summary>
    public DateOnly Date => Rule.Date;

    /// <summary>For a mode with speed tiers, the estimate of each tier for the same input; empty otherwise.</summary>
    public IReadOnlyList<KieTierEstimate> SpeedTiers { get; init; } = [];

    /// <summary>
    /// How the credits were reached, one line per step, e.g. <c>12 credits/s (resolution=720p) × 5 s (duration) = 60
    /// credits</c>, ending with the price's confidence, source and date. Built on each access (quotes need it; the hot
    /// path of pricing does not).
    /// </summary>
    public IReadOnlyList<string> Breakdown
    {
        get
        {
            var rate = Text(Rule.Credits);
            var conditions = Rule.When.Count == 0 ? string.Empty : $" ({string.Join(", ", Rule.When.Select(pair => $"{pair.Key}={pair.Value ?? "(not set)"}"))})";
            var perUnit = Rule.Credits * Quantity;
            var lines = new List<string>(3)
            {
                Rule.Unit switch
                {
                    KiePriceUnit.Second => $"{rate} credits/s{conditions} × {Text(Quantity)} s ({Rule.UnitParameter}) = {Text(perUnit)} credits",
                    KiePriceUnit.ThousandCharacters => $"{rate} credits per started 1,000 characters{conditions} × {Text(Quantity)} ({Rule.UnitParameter}) = {Text(perUnit)} credits",
                    _ => $"{rate} credits per task{conditions}",
                },
            };
            if (Rule.MultiplyBy is { } count)
            {
                lines.Add($"{Text(perUnit)} credits × {Text(Count)} ({count}) = {Text(Credits)} credits");
            }

            var confidence = Confidence == KiePriceConfidence.Exact ? "exact" : "estimated";
            lines.Add($"Price: {confidence}, {Source}, as of {Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(Rule.Note is { } note ? $" ({note})" : string.Empty)}");
            return lines;
        }
    }

    private static string Text(decimal value) => ValueText.Canonical(value);
}
