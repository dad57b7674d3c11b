using System.Globalization;
using System.Text.RegularExpressions;

namespace Kie.Sdk.Catalog;

/// <summary>
/// The credit amounts on both sides of a price comparison. KIE's <c>pricingDesc</c> is prose ("A 5-second video costs
/// 160 credits ($0.80)"), so its amounts are the numbers written before "credit(s)". The catalog's amounts are each
/// rule's credits plus the totals it yields over the allowed durations and counts, so that KIE stating a total the
/// rules produce is no change.
/// </summary>
internal static partial class PriceAmounts
{
    /// <summary>Totals are listed only over small ranges; a per-second price over 1–600 s is matched by its unit price.</summary>
    private const int MaxExpansion = 120;

    public static IReadOnlyList<decimal> Remote(string text)
    {
        var amounts = new SortedSet<decimal>();
        foreach (Match match in CreditAmount().Matches(text))
        {
            if (decimal.TryParse(match.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                amounts.Add(ValueText.Normalise(amount));
            }
        }

        return [.. amounts];
    }

    public static IReadOnlyList<decimal> Local(IEnumerable<KieModelMode> modes)
    {
        var amounts = new SortedSet<decimal>();
        foreach (var mode in modes)
        {
            foreach (var rule in mode.Pricing.Rules)
            {
                var totals = new List<decimal> { rule.Credits };
                if (rule.Unit == KiePriceUnit.Second && rule.UnitParameter is { } duration && mode.FindParameter(duration) is { } seconds)
                {
                    totals.AddRange(Counts(seconds).Select(count => rule.Credits * count));
                }

                if (rule.MultiplyBy is { } countName && mode.FindParameter(countName) is { } counter)
                {
                    var counts = Counts(counter);
                    totals.AddRange(totals.SelectMany(total => counts.Select(count => total * count)).ToList());
                }

                foreach (var total in totals)
                {
                    amounts.Add(ValueText.Normalise(total));
                }
            }
        }

        return [.. amounts];
    }

    /// <summary>The numbers a parameter allows: its listed values, or every whole number of a small range.</summary>
    private static List<decimal> Counts(KieModelParameter parameter)
    {
        var listed = parameter.AllowedValues.Select(value => ValueText.TryParse(value, out var number) ? number : (decimal?)null).Where(number => number is > 0).Select(number => number!.Value).ToList();
        if (listed.Count > 0)
        {
            return listed;
        }

        if (parameter is { Minimum: { } min, Maximum: { } max } && max - min <= MaxExpansion)
        {
            var range = new List<decimal>();
            for (var value = Math.Max(1, decimal.Ceiling(min)); value <= max; value++)
            {
                range.Add(value);
            }

            return range;
        }

        return [];
    }

    [GeneratedRegex(@"(?<![\d.,])(?<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:credits?\b|cr\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditAmount();
}
