using System.Globalization;

namespace Kie.Sdk.Pricing;

/// <summary>How amounts are written for people: invariant digits with a decimal point, the currency's symbol.</summary>
internal static class MoneyText
{
    /// <summary>A number without trailing zeros, invariant (<c>0.4</c>, <c>220</c>, <c>104.5</c>).</summary>
    public static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount of money: whole amounts without a fraction (<c>176 ₽</c>), others with at least the currency's
    /// digits (<c>3.20 ₽</c>, <c>$0.88</c>) and more only when the amount has them (a rate such as <c>$0.005</c>).
    /// </summary>
    public static string Amount(decimal amount, CurrencyInfo currency) => WithSymbol(Digits(amount, currency.Digits), amount < 0, currency);

    /// <summary>A rate, exactly as precise as it is (<c>0.4 ₽</c>, <c>0.4625 ₽</c>).</summary>
    public static string Rate(decimal rate, CurrencyInfo currency) => WithSymbol(Number(Math.Abs(rate)), rate < 0, currency);

    private static string Digits(decimal amount, int minimumFraction)
    {
        var magnitude = Math.Abs(amount);
        if (magnitude == decimal.Truncate(magnitude) || minimumFraction == 0)
        {
            return Number(magnitude);
        }

        var text = Number(magnitude);
        var fraction = text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1;
        return fraction >= minimumFraction ? text : text + new string('0', minimumFraction - fraction);
    }

    private static string WithSymbol(string digits, bool negative, CurrencyInfo currency)
    {
        var sign = negative ? "-" : string.Empty;
        return currency.SymbolFirst ? $"{sign}{currency.Symbol}{digits}" : $"{sign}{digits} {currency.Symbol}";
    }
}
