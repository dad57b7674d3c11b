using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kie.Sdk.Pricing;

/// <summary>
/// Reads <see cref="PricingPolicy"/> from its configuration section by hand: AOT-safe without the reflection binder,
/// and a value that cannot be read is reported with its key rather than as an opaque binder error.
/// </summary>
internal static class PricingPolicyBinder
{
    public static PricingPolicy Bind(IConfiguration section)
    {
        var defaults = new PricingPolicy();
        return new PricingPolicy
        {
            CreditRate = ReadDecimal(section, nameof(PricingPolicy.CreditRate)),
            UsdExchangeRate = ReadDecimal(section, nameof(PricingPolicy.UsdExchangeRate)),
            Markup = ReadDecimal(section, nameof(PricingPolicy.Markup)) ?? defaults.Markup,
            Currency = section[nameof(PricingPolicy.Currency)]?.Trim() ?? defaults.Currency,
            RoundingStep = ReadDecimal(section, nameof(PricingPolicy.RoundingStep)),
            MinimumCharge = ReadDecimal(section, nameof(PricingPolicy.MinimumCharge)) ?? defaults.MinimumCharge,
            FreeModels = ReadList(section, nameof(PricingPolicy.FreeModels)),
        };
    }

    private static decimal? ReadDecimal(IConfiguration section, string key) => section[key] switch
    {
        null or "" => null,
        // Invariant only: "0,4" must not become 4 on one machine and 0.4 on another.
        var text when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number) => number,
        var text => throw new ArgumentException($"{PricingPolicy.SectionName}:{key} must be a number with a decimal point, such as 0.4; it is '{text}'.", nameof(section)),
    };

    private static string[] ReadList(IConfiguration section, string key)
    {
        // Either an array (Pricing:FreeModels:0, :1, … as JSON arrays and environment variables give it) or one text.
        var list = section.GetSection(key);
        var items = list.GetChildren().Select(child => child.Value).ToList();
        if (items.Count == 0 && !string.IsNullOrWhiteSpace(list.Value))
        {
            items = [.. list.Value.Split(',')];
        }

        return [.. items.Select(item => item?.Trim() ?? string.Empty)];
    }
}
