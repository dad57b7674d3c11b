using System.Diagnostics.CodeAnalysis;

namespace Kie.Sdk.Pricing;

/// <summary>
/// What pricing needs to know of a currency: its minor-unit digits (ISO 4217) and how people write it. A short fixed
/// list on purpose: a currency whose minor unit is guessed would be charged wrongly by a factor of 100.
/// </summary>
internal sealed record CurrencyInfo(string Code, int Digits, string Symbol, bool SymbolFirst)
{
    private static readonly CurrencyInfo[] Known =
    [
        new("RUB", 2, "₽", SymbolFirst: false),
        new("USD", 2, "$", SymbolFirst: true),
        new("EUR", 2, "€", SymbolFirst: true),
        new("GBP", 2, "£", SymbolFirst: true),
        new("KZT", 2, "₸", SymbolFirst: false),
        new("JPY", 0, "¥", SymbolFirst: true),
        // Telegram Stars: whole stars only.
        new("XTR", 0, "⭐", SymbolFirst: false),
    ];

    /// <summary>The codes supported, for error messages.</summary>
    public static string SupportedCodes { get; } = string.Join(", ", Known.Select(currency => currency.Code));

    /// <summary>One minor unit in major units (0.01 for RUB, 1 for Stars).</summary>
    public decimal MinorUnit { get; } = Digits == 0 ? 1m : 1m / Pow10(Digits);

    /// <summary>Minor units per major unit (100 for RUB, 1 for Stars).</summary>
    public decimal Scale { get; } = Pow10(Digits);

    /// <summary>Finds a currency by code, ignoring case.</summary>
    public static bool TryFind(string? code, [NotNullWhen(true)] out CurrencyInfo? currency)
    {
        foreach (var candidate in Known)
        {
            if (string.Equals(candidate.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                currency = candidate;
                return true;
            }
        }

        currency = null;
        return false;
    }

    private static decimal Pow10(int digits)
    {
        var scale = 1m;
        for (var index = 0; index < digits; index++)
        {
            scale *= 10m;
        }

        return scale;
    }
}
