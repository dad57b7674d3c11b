namespace Kie.Sdk.Pricing;

/// <summary>
/// A validated <see cref="PricingPolicy"/> turned into the numbers the arithmetic needs, computed once per calculator.
/// All <see cref="decimal"/>: binary floating point cannot hold 0.1 exactly, and a rounding error in money is a
/// complaint or a loss.
/// </summary>
internal sealed class MoneyRules
{
    public MoneyRules(PricingPolicy policy)
    {
        if (!CurrencyInfo.TryFind(policy.Currency, out var currency))
        {
            throw new ArgumentException($"{PricingPolicy.SectionName}:{nameof(PricingPolicy.Currency)} '{policy.Currency}' is not supported.", nameof(policy));
        }

        Currency = currency;
        CreditRate = policy.MoneyPerCredit;
        Markup = policy.Markup;
        StepMinorUnits = (long)((policy.RoundingStep ?? currency.MinorUnit) * currency.Scale);
        MinimumMinorUnits = (long)(policy.MinimumCharge * currency.Scale);
    }

    public CurrencyInfo Currency { get; }

    /// <summary>Money per credit, major units.</summary>
    public decimal CreditRate { get; }

    public decimal Markup { get; }

    /// <summary>The rounding step in minor units (100 for whole roubles).</summary>
    public long StepMinorUnits { get; }

    /// <summary>The minimum charge in minor units.</summary>
    public long MinimumMinorUnits { get; }

    /// <summary>Credits × rate, unrounded.</summary>
    /// <exception cref="OverflowException">The amount is beyond <see cref="decimal"/>; the message says so in words.</exception>
    public decimal Cost(decimal credits)
    {
        try
        {
            return credits * CreditRate;
        }
        catch (OverflowException error)
        {
            throw TooLarge(credits, error);
        }
    }

    /// <summary>
    /// The price in minor units: cost × markup, rounded up to the step, at least the minimum charge; 0 for 0 credits
    /// (nothing was used, so nothing is charged, whatever the minimum).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The credits are negative.</exception>
    /// <exception cref="OverflowException">The price does not fit in a <see cref="long"/> of minor units.</exception>
    public long PriceMinorUnits(decimal credits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(credits);
        if (credits == 0m)
        {
            return 0;
        }

        decimal minor;
        try
        {
            var exact = Cost(credits) * Markup * Currency.Scale;
            // Always up: a sale never charges less than its cost, and one minor unit over a step is the next step.
            minor = decimal.Ceiling(exact / StepMinorUnits) * StepMinorUnits;
        }
        catch (OverflowException error)
        {
            throw TooLarge(credits, error);
        }

        minor = Math.Max(minor, MinimumMinorUnits);
        return minor <= long.MaxValue ? (long)minor : throw TooLarge(credits, null);
    }

    /// <summary>Minor units as an amount in major units (exact).</summary>
    public decimal ToMajor(long minorUnits) => minorUnits / Currency.Scale;

    /// <summary>An amount in major units as minor units.</summary>
    /// <exception cref="ArgumentException">The amount has a fraction of a minor unit.</exception>
    /// <exception cref="OverflowException">The amount does not fit in a <see cref="long"/> of minor units.</exception>
    public long ToMinor(decimal amount)
    {
        decimal minor;
        try
        {
            minor = amount * Currency.Scale;
        }
        catch (OverflowException error)
        {
            throw new OverflowException($"{MoneyText.Number(amount)} {Currency.Code} is too large to count in minor units.", error);
        }

        if (minor != decimal.Truncate(minor))
        {
            throw new ArgumentException($"{MoneyText.Number(amount)} {Currency.Code} is not a whole number of minor units ({MoneyText.Number(Currency.MinorUnit)}).", nameof(amount));
        }

        return minor is >= long.MinValue and <= long.MaxValue
            ? (long)minor
            : throw new OverflowException($"{MoneyText.Number(amount)} {Currency.Code} is too large to count in minor units.");
    }

    private OverflowException TooLarge(decimal credits, Exception? inner) => new(
        $"The price of {MoneyText.Number(credits)} credits at {MoneyText.Number(CreditRate)} {Currency.Code} per credit × {MoneyText.Number(Markup)} is too large to charge (more than {long.MaxValue} minor units of {Currency.Code}).",
        inner);
}
