using System.Text;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Pricing;

/// <summary>Writes a <see cref="PriceQuote"/> in words for the confirmation screen and for support.</summary>
internal static class QuoteBreakdown
{
    public static IReadOnlyList<string> Build(PriceQuote quote)
    {
        var currency = CurrencyInfo.TryFind(quote.Currency, out var known) ? known : new CurrencyInfo(quote.Currency, 0, quote.Currency, SymbolFirst: false);
        var exact = quote.Cost * quote.Markup;
        var what = Describe(quote.Estimate);
        var lines = new List<string>(6)
        {
            $"{quote.ModelName} · {quote.ModeName}{(what.Length == 0 ? string.Empty : " · " + what)}: "
            + $"{MoneyText.Number(quote.Credits)} credits × {MoneyText.Rate(quote.CreditRate, currency)} × {MoneyText.Number(quote.Markup)} = {MoneyText.Amount(exact, currency)}",
        };

        if (quote.ListPrice != exact)
        {
            var minimum = quote.Policy.MinimumCharge;
            lines.Add(minimum > 0 && quote.ListPrice == minimum && exact < minimum
                ? $"Minimum charge: {MoneyText.Amount(quote.ListPrice, currency)}"
                : $"Rounded up to a step of {MoneyText.Amount(quote.Policy.RoundingStep ?? currency.MinorUnit, currency)}: {MoneyText.Amount(quote.ListPrice, currency)}");
        }

        if (quote.IsTestMode)
        {
            lines.Add($"Test mode: nothing is charged (the price would be {MoneyText.Amount(quote.ListPrice, currency)})");
        }
        else if (quote.IsFree)
        {
            lines.Add($"Free: {MoneyText.Amount(0m, currency)} (the price would be {MoneyText.Amount(quote.ListPrice, currency)})");
        }

        lines.AddRange(quote.Estimate.Breakdown);
        return lines;
    }

    /// <summary>The priced input in a few words, from the rule that matched: <c>10 s with sound</c>, <c>resolution 2K</c>, <c>4 images</c>.</summary>
    private static string Describe(KieCreditEstimate estimate)
    {
        var text = new StringBuilder();
        var rule = estimate.Rule;
        foreach (var (parameter, value) in rule.When)
        {
            var name = Humanise(parameter);
            switch (value)
            {
                case null:
                    Append(text, $"without {name}", joinWithSpace: true);
                    break;
                case "true":
                    Append(text, $"with {name}", joinWithSpace: true);
                    break;
                case "false":
                    Append(text, $"without {name}", joinWithSpace: true);
                    break;
                // KIE's durations are seconds throughout the Market.
                case var seconds when parameter.Trim().Equals("duration", StringComparison.OrdinalIgnoreCase):
                    Append(text, $"{seconds} s", joinWithSpace: false);
                    break;
                default:
                    Append(text, $"{name} {value}", joinWithSpace: false);
                    break;
            }
        }

        if (rule.Unit == KiePriceUnit.Second)
        {
            Append(text, $"{MoneyText.Number(estimate.Quantity)} s", joinWithSpace: false);
        }
        else if (rule.Unit == KiePriceUnit.ThousandCharacters)
        {
            Append(text, $"{MoneyText.Number(estimate.Quantity)} × 1,000 characters", joinWithSpace: false);
        }

        if (rule.MultiplyBy is { } count && estimate.Count != 1)
        {
            Append(text, $"{MoneyText.Number(estimate.Count)} {Humanise(count.StartsWith("num_", StringComparison.Ordinal) ? count[4..] : count)}", joinWithSpace: false);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string part, bool joinWithSpace)
    {
        if (text.Length > 0)
        {
            // "10 s with sound" reads better than "10 s, with sound"; separate facts keep their comma.
            text.Append(joinWithSpace ? " " : ", ");
        }

        text.Append(part);
    }

    private static string Humanise(string parameter) => parameter.Trim().Replace('_', ' ');
}
