using System.Globalization;

namespace Kie.Sdk.Catalog;

/// <summary>Writes a mode's price rules as one line a reviewer can set beside KIE's text.</summary>
internal static class PriceRendering
{
    public static string Render(KieModePricing pricing)
    {
        if (!pricing.IsKnown)
        {
            return "no price";
        }

        return string.Join("; ", pricing.Rules.Select(Rule));
    }

    private static string Rule(KiePriceRule rule)
    {
        var credits = ValueText.Canonical(rule.Credits);
        var text = rule.Unit switch
        {
            KiePriceUnit.Second => $"{credits} credits/s × {rule.UnitParameter}",
            KiePriceUnit.ThousandCharacters => $"{credits} credits per 1,000 characters of {rule.UnitParameter}",
            _ => $"{credits} credits",
        };
        if (rule.MultiplyBy is { } count)
        {
            text += $" × {count}";
        }

        if (rule.When.Count > 0)
        {
            text += " if " + string.Join(", ", rule.When.Select(condition => string.Create(CultureInfo.InvariantCulture, $"{condition.Key}={condition.Value ?? "(none)"}")));
        }

        return text;
    }
}
