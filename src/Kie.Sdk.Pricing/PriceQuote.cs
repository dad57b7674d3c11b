using Kie.Sdk.Catalog;

namespace Kie.Sdk.Pricing;

/// <summary>
/// What a task costs a user, shown before confirmation: the catalog's credits, their cost at the credit rate, the
/// markup, and the total rounded up (never below cost). Made by <see cref="PriceCalculator.Quote(string, string, KieInput, bool)"/>;
/// immutable, so it can be frozen with an order. Charge <see cref="TotalMinorUnits"/>: 0 for a free model or a
/// test-mode quote.
/// </summary>
public sealed record PriceQuote
{
    /// <summary>The catalog model id.</summary>
    public required string ModelId { get; init; }

    /// <summary>The model's name for people.</summary>
    public required string ModelName { get; init; }

    /// <summary>The mode id.</summary>
    public required string ModeId { get; init; }

    /// <summary>The mode's name for people.</summary>
    public required string ModeName { get; init; }

    /// <summary>The API model id the task is sent as.</summary>
    public required string ApiModel { get; init; }

    /// <summary>The credits KIE is expected to charge (<see cref="KieCreditEstimate.Credits"/>).</summary>
    public decimal Credits { get; init; }

    /// <summary>Money per credit in <see cref="Currency"/> (<see cref="PricingPolicy.MoneyPerCredit"/>).</summary>
    public decimal CreditRate { get; init; }

    /// <summary>What the credits cost us: <see cref="Credits"/> × <see cref="CreditRate"/>, unrounded.</summary>
    public decimal Cost { get; init; }

    /// <summary>The markup applied (<see cref="PricingPolicy.Markup"/>).</summary>
    public decimal Markup { get; init; }

    /// <summary>
    /// The price before any waiver, in minor units (kopecks, cents, whole Stars): <see cref="Cost"/> × <see cref="Markup"/>
    /// rounded up to the policy's step, at least the minimum charge. Equals <see cref="TotalMinorUnits"/> unless the
    /// quote is free or in test mode.
    /// </summary>
    public long ListPriceMinorUnits { get; init; }

    /// <summary>What the user is charged, in minor units: the amount to reserve and capture. 0 for a free model or a test-mode quote.</summary>
    public long TotalMinorUnits { get; init; }

    /// <summary><see cref="ListPriceMinorUnits"/> in major units; never below <see cref="Cost"/>.</summary>
    /// <remarks>Derived from the minor units, so the two can never disagree.</remarks>
    public decimal ListPrice => ToMajor(ListPriceMinorUnits);

    /// <summary><see cref="TotalMinorUnits"/> in major units (e.g. 176 ₽): what the user is charged.</summary>
    /// <remarks>Derived from the minor units, so the two can never disagree.</remarks>
    public decimal Total => ToMajor(TotalMinorUnits);

    /// <summary>The ISO code of the money (<c>RUB</c>, <c>USD</c>, <c>XTR</c>, …).</summary>
    public required string Currency { get; init; }

    /// <summary>How far the underlying credit price can be trusted (<see cref="KieCreditEstimate.Confidence"/>).</summary>
    public KiePriceConfidence Confidence { get; init; }

    /// <summary><see langword="true"/> when the model is in <see cref="PricingPolicy.FreeModels"/>: the total is 0.</summary>
    public bool IsFree { get; init; }

    /// <summary><see langword="true"/> for a test-mode quote: nothing is spent, the total is 0.</summary>
    public bool IsTestMode { get; init; }

    /// <summary>The catalog's estimate behind the quote: the price rule, units, count, source and date.</summary>
    public required KieCreditEstimate Estimate { get; init; }

    /// <summary>The policy the quote was made with.</summary>
    public required PricingPolicy Policy { get; init; }

    /// <summary>
    /// For a mode with speed tiers (fast vs standard, std vs pro), the quote of each tier for the same input, in catalog
    /// order; empty otherwise. Tier quotes have no tiers of their own.
    /// </summary>
    public IReadOnlyList<PriceTierQuote> Tiers { get; init; } = [];

    /// <summary>
    /// The quote in words, one line per step, e.g. <c>Kling 2.6 · Text to video · 10 s with sound: 220 credits × 0.4 ₽ × 2
    /// = 176 ₽</c>, then any rounding, minimum charge, free or test-mode line, then how the credits were reached and
    /// where the price comes from. Built on each access.
    /// </summary>
    public IReadOnlyList<string> Breakdown => QuoteBreakdown.Build(this);

    private decimal ToMajor(long minorUnits) => CurrencyInfo.TryFind(Currency, out var currency) ? minorUnits / currency.Scale : minorUnits;
}
