using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kie.Sdk.Pricing;

/// <summary>
/// How credits become money: <c>price = credits × credit rate × markup</c>, rounded up to a step, never below a
/// minimum charge, free for some models. Bound from the configuration section <c>Pricing</c>
/// (<see cref="FromConfiguration"/>) and checked by <see cref="Validate"/>; a <see cref="PriceCalculator"/> refuses an
/// invalid policy. Money is <see cref="decimal"/> in the currency's major unit (roubles, dollars, Stars).
/// </summary>
/// <example>
/// <code>
/// // 1 credit = 0.4 ₽, the plan's markup of 2, whole roubles, at least 10 ₽ a generation.
/// var policy = new PricingPolicy { Currency = "RUB", CreditRate = 0.4m, RoundingStep = 1m, MinimumCharge = 10m };
/// // Or from KIE's dollar price: 1 credit = $0.005, times 92.5 ₽ per dollar = 0.4625 ₽.
/// var fromUsd = new PricingPolicy { Currency = "RUB", UsdExchangeRate = 92.5m };
/// </code>
/// </example>
public sealed record PricingPolicy
{
    /// <summary>The configuration section the policy binds from: <c>Pricing</c>.</summary>
    public const string SectionName = "Pricing";

    /// <summary>What KIE sells one credit for, in US dollars: $0.005 (1,000 credits for $5).</summary>
    public const decimal UsdPerCredit = 0.005m;

    /// <summary>
    /// Money per credit in <see cref="Currency"/> (major units, e.g. <c>0.4</c> ₽). Set this or
    /// <see cref="UsdExchangeRate"/>, not both.
    /// </summary>
    public decimal? CreditRate { get; init; }

    /// <summary>
    /// Units of <see cref="Currency"/> per US dollar (e.g. <c>92.5</c> for RUB, <c>1</c> for USD); the credit rate is
    /// then <see cref="UsdPerCredit"/> × this. Set this or <see cref="CreditRate"/>, not both.
    /// </summary>
    public decimal? UsdExchangeRate { get; init; }

    /// <summary>What the cost is multiplied by to make the price; at least 1. Default 2 (the plan's price = credits × rate × 2).</summary>
    public decimal Markup { get; init; } = 2m;

    /// <summary>
    /// The ISO 4217 code of the money charged (<c>RUB</c>, <c>USD</c>, <c>EUR</c>, <c>GBP</c>, <c>KZT</c>, <c>JPY</c>),
    /// or <c>XTR</c> for Telegram Stars. Required. Decides the minor unit (kopecks, cents; none for JPY and Stars).
    /// </summary>
    public string Currency { get; init; } = string.Empty;

    /// <summary>
    /// The step a price is rounded up to, in major units (e.g. <c>1</c> for whole roubles, <c>0.01</c> for kopecks);
    /// a whole number of minor units. Default (<see langword="null"/>): one minor unit. Rounding is always up, so a sale
    /// never charges less than its cost.
    /// </summary>
    public decimal? RoundingStep { get; init; }

    /// <summary>The least a priced task is charged, in major units (0 for none); a whole number of minor units. Default 0.</summary>
    public decimal MinimumCharge { get; init; }

    /// <summary>Catalog model ids (case-insensitive) given to users for free: their quotes total 0. Default none.</summary>
    public IReadOnlyList<string> FreeModels { get; init; } = [];

    /// <summary>Money per credit in <see cref="Currency"/>: <see cref="CreditRate"/>, or <see cref="UsdPerCredit"/> × <see cref="UsdExchangeRate"/>; 0 when neither is set.</summary>
    public decimal MoneyPerCredit => CreditRate ?? (UsdExchangeRate is { } rate ? UsdPerCredit * rate : 0m);

    /// <summary>
    /// Checks the policy and returns every problem, each naming its configuration key
    /// (e.g. <c>Pricing:Markup must be at least 1; it is 0.5.</c>).
    /// </summary>
    /// <returns>The problems; empty when the policy is usable.</returns>
    public IReadOnlyList<string> Validate() => PricingPolicyValidator.Validate(this);

    /// <summary>
    /// Reads a policy from configuration by hand (AOT-safe; no reflection binder): <c>Pricing:CreditRate</c>,
    /// <c>Pricing:UsdExchangeRate</c>, <c>Pricing:Markup</c>, <c>Pricing:Currency</c>, <c>Pricing:RoundingStep</c>,
    /// <c>Pricing:MinimumCharge</c>, and <c>Pricing:FreeModels</c> (an array, or ids separated by commas). Numbers use
    /// a decimal point.
    /// </summary>
    /// <param name="configuration">The application's configuration (its <c>Pricing</c> section is read), or the section itself.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="ArgumentException">A value cannot be read, or the policy is not valid; the message names each key.</exception>
    public static PricingPolicy FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: SectionName } own ? own : configuration.GetSection(SectionName);
        var policy = PricingPolicyBinder.Bind(section);
        policy.ThrowIfInvalid();
        return policy;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <exception cref="ArgumentException">The policy is not usable; the message lists every problem.</exception>
    internal void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "policy");
        }
    }

    /// <summary>A short description for logs: currency, rate, markup, step, minimum.</summary>
    /// <returns>E.g. <c>RUB: 0.4 per credit × 2, rounded up to 1, minimum 10</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Currency}: {MoneyPerCredit} per credit × {Markup}, rounded up to {RoundingStep?.ToString(CultureInfo.InvariantCulture) ?? "one minor unit"}, minimum {MinimumCharge}, {FreeModels.Count} free model(s)");
}
