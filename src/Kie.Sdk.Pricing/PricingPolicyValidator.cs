using System.Globalization;

namespace Kie.Sdk.Pricing;

/// <summary>The checks of <see cref="PricingPolicy.Validate"/>, every message naming its <c>Pricing:</c> key.</summary>
internal static class PricingPolicyValidator
{
    public static IReadOnlyList<string> Validate(PricingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<string>();
        CurrencyInfo.TryFind(policy.Currency, out var currency);
        if (string.IsNullOrWhiteSpace(policy.Currency))
        {
            problems.Add($"{Key(nameof(PricingPolicy.Currency))} is required (an ISO code: {CurrencyInfo.SupportedCodes}).");
        }
        else if (currency is null)
        {
            problems.Add($"{Key(nameof(PricingPolicy.Currency))} '{policy.Currency}' is not supported; use one of {CurrencyInfo.SupportedCodes}.");
        }

        CheckRate(policy, problems);
        if (policy.Markup < 1m)
        {
            problems.Add($"{Key(nameof(PricingPolicy.Markup))} must be at least 1; it is {Text(policy.Markup)}.");
        }

        if (policy.RoundingStep is { } step)
        {
            if (step <= 0m)
            {
                problems.Add($"{Key(nameof(PricingPolicy.RoundingStep))} must be positive; it is {Text(step)}.");
            }
            else if (currency is not null && !IsWholeMinorUnits(step, currency))
            {
                problems.Add($"{Key(nameof(PricingPolicy.RoundingStep))} must be a whole number of minor units ({Text(currency.MinorUnit)} {currency.Code}); it is {Text(step)}.");
            }
        }

        if (policy.MinimumCharge < 0m)
        {
            problems.Add($"{Key(nameof(PricingPolicy.MinimumCharge))} must be 0 or more; it is {Text(policy.MinimumCharge)}.");
        }
        else if (currency is not null && !IsWholeMinorUnits(policy.MinimumCharge, currency))
        {
            problems.Add($"{Key(nameof(PricingPolicy.MinimumCharge))} must be a whole number of minor units ({Text(currency.MinorUnit)} {currency.Code}); it is {Text(policy.MinimumCharge)}.");
        }

        if (policy.FreeModels is null || policy.FreeModels.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{Key(nameof(PricingPolicy.FreeModels))} must list catalog model ids, none empty.");
        }

        return problems;
    }

    private static void CheckRate(PricingPolicy policy, List<string> problems)
    {
        var rateKey = Key(nameof(PricingPolicy.CreditRate));
        var usdKey = Key(nameof(PricingPolicy.UsdExchangeRate));
        switch (policy.CreditRate, policy.UsdExchangeRate)
        {
            case (null, null):
                problems.Add($"{rateKey} or {usdKey} is required: money per credit, or units of the currency per US dollar (KIE sells 1 credit for ${Text(PricingPolicy.UsdPerCredit)}).");
                break;
            case (not null, not null):
                // Two sources of one number would disagree sooner or later; which one wins must not be a guess.
                problems.Add($"{rateKey} and {usdKey} are both set; set only one.");
                break;
            case ({ } rate, null) when rate <= 0m:
                problems.Add($"{rateKey} must be positive; it is {Text(rate)}.");
                break;
            case (null, { } exchange) when exchange <= 0m:
                problems.Add($"{usdKey} must be positive; it is {Text(exchange)}.");
                break;
        }
    }

    private static bool IsWholeMinorUnits(decimal amount, CurrencyInfo currency)
    {
        var minor = amount * currency.Scale;
        return minor == decimal.Truncate(minor);
    }

    private static string Key(string name) => $"{PricingPolicy.SectionName}:{name}";

    private static string Text(decimal value) => MoneyText.Number(value);
}
