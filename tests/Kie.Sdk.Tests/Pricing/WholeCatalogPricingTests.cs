using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Kie.Sdk.Tests.Catalog;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>
/// Property-style, over the whole embedded catalog: every sellable mode, its minimal input and an input for each of
/// its price rules, under several policies. A quote is never below cost, is on the rounding grid, and its minor units
/// agree with its total.
/// </summary>
public sealed class WholeCatalogPricingTests
{
    private static readonly PricingPolicy[] Policies =
    [
        PricingFixture.Rub,
        new() { Currency = "RUB", UsdExchangeRate = 92.5m, RoundingStep = 1m, MinimumCharge = 10m },
        new() { Currency = "XTR", CreditRate = 0.385m, Markup = 1.5m },
        new() { Currency = "USD", UsdExchangeRate = 1m, Markup = 1m, RoundingStep = 0.05m },
        new() { Currency = "JPY", CreditRate = 0.77m, Markup = 3m, RoundingStep = 10m },
    ];

    public static TheoryData<string, string> SellableModes()
    {
        var data = new TheoryData<string, string>();
        foreach (var model in CatalogFixture.Embedded.Models)
        {
            foreach (var mode in model.Modes.Where(mode => mode.IsSellable))
            {
                data.Add(model.Id, mode.Id);
            }
        }

        return data;
    }

    public static TheoryData<string, string> UnsellableModes()
    {
        var data = new TheoryData<string, string>();
        foreach (var model in CatalogFixture.Embedded.Models)
        {
            foreach (var mode in model.Modes.Where(mode => !mode.IsSellable))
            {
                data.Add(model.Id, mode.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SellableModes))]
    public void A_quote_is_never_below_cost_and_its_minor_units_match(string modelId, string modeId)
    {
        var mode = CatalogFixture.Embedded.GetMode(modelId, modeId);
        var quoted = 0;
        foreach (var policy in Policies)
        {
            var calculator = PricingFixture.Calculator(policy);
            foreach (var input in Inputs(mode))
            {
                PriceQuote quote;
                try
                {
                    quote = calculator.Quote(modelId, modeId, input.Input);
                }
                catch (KieNotSellableException) when (!input.MustSell)
                {
                    // The minimal input may leave a price parameter unset (nano-banana-2 without a resolution): refused, fine.
                    continue;
                }

                AssertSound(quote, calculator, policy);
                foreach (var tier in quote.Tiers)
                {
                    Assert.True(tier.Quote is not null || tier.NotSellableReason is not null, $"{tier.Tier.Id}: neither a quote nor a reason");
                    if (tier.Quote is { } tierQuote)
                    {
                        AssertSound(tierQuote, calculator, policy);
                    }
                }

                var test = calculator.Quote(modelId, modeId, input.Input, testMode: true);
                Assert.Equal((true, 0m, 0L, quote.ListPriceMinorUnits), (test.IsTestMode, test.Total, test.TotalMinorUnits, test.ListPriceMinorUnits));
                quoted++;
            }
        }

        Assert.True(quoted >= Policies.Length, $"{modelId}/{modeId} was quoted {quoted} times");
    }

    [Theory]
    [MemberData(nameof(UnsellableModes))]
    public void A_mode_that_is_not_sellable_refuses_to_quote(string modelId, string modeId)
    {
        var mode = CatalogFixture.Embedded.GetMode(modelId, modeId);

        var error = Assert.Throws<KieNotSellableException>(() => PricingFixture.Calculator().Quote(modelId, modeId, CatalogFixture.MinimalInput(mode)));

        Assert.Equal((modelId, modeId), (error.ModelId, error.ModeId));
    }

    private static void AssertSound(PriceQuote quote, PriceCalculator calculator, PricingPolicy policy)
    {
        var what = $"{quote.ModelId}/{quote.ModeId} at {policy}";
        var scale = calculator.MinorUnitDigits == 0 ? 1m : 100m;
        var step = (policy.RoundingStep ?? 1m / scale) * scale;
        var exact = quote.Cost * quote.Markup;

        Assert.True(quote.Credits > 0, what);
        Assert.Equal(quote.Credits * policy.MoneyPerCredit, quote.Cost);
        Assert.True(quote.Total >= quote.Cost, $"{what}: total {quote.Total} below cost {quote.Cost}");
        Assert.True(quote.Total >= exact, $"{what}: total {quote.Total} below cost × markup {exact}");
        Assert.True(quote.Total >= policy.MinimumCharge, what);
        Assert.Equal(quote.Total, quote.ListPrice);
        Assert.Equal(quote.Total * scale, quote.TotalMinorUnits);
        Assert.Equal(quote.TotalMinorUnits, calculator.ToMinorUnits(quote.Total));
        Assert.Equal(quote.Total, calculator.FromMinorUnits(quote.TotalMinorUnits));
        if (quote.TotalMinorUnits > policy.MinimumCharge * scale)
        {
            // On the grid, and less than one step above the exact amount: rounded up, never padded further.
            Assert.Equal(0m, quote.TotalMinorUnits % step);
            Assert.True(quote.Total - exact < step / scale, $"{what}: {quote.Total} is a step or more above {exact}");
        }

        Assert.NotEmpty(quote.Breakdown);
        Assert.EndsWith($"= {calculator.Format(exact)}", quote.Breakdown[0], StringComparison.Ordinal);
    }

    /// <summary>The minimal input, then one input per price rule that satisfies its conditions (these must sell).</summary>
    private static IEnumerable<(KieInput Input, bool MustSell)> Inputs(KieModelMode mode)
    {
        yield return (CatalogFixture.MinimalInput(mode), false);
        foreach (var rule in mode.Pricing.Rules)
        {
            var input = CatalogFixture.MinimalInput(mode);
            foreach (var (name, value) in rule.When)
            {
                if (value is null)
                {
                    input.Remove(name);
                }
                else
                {
                    input.Set(name, value);
                }
            }

            if (rule.UnitParameter is { } unit && !input.Contains(unit))
            {
                input.SetJson(unit, CatalogFixture.Synthesise(mode.FindParameter(unit)!));
            }

            if (rule.MultiplyBy is { } count && mode.FindParameter(count) is { } parameter)
            {
                // The most outputs allowed: the largest price a person can ask for.
                if (parameter.AllowedValues.Count > 0)
                {
                    input.Set(count, parameter.AllowedValues[^1]);
                }
                else
                {
                    input.Set(count, (long)(parameter.Maximum ?? 2m));
                }
            }

            yield return (input, true);
        }
    }
}
