using Kie.Sdk.Pricing;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>Rounding always up to the step, minimum charge, zero and huge amounts, currencies without a minor unit.</summary>
public sealed class RoundingTests
{
    [Theory]
    // 220 credits × 0.4 × 2 = 176 exactly: on a step, nothing added.
    [InlineData("220", null, "176", 17600)]
    [InlineData("220", "1", "176", 17600)]
    [InlineData("220", "0.01", "176", 17600)]
    // 176.01 ₽: one kopeck above a whole-rouble step is the next step.
    [InlineData("220.0125", "1", "177", 17700)]
    [InlineData("220.0125", null, "176.01", 17601)]
    // 176.001 ₽: a tenth of a kopeck is still rounded up to a whole kopeck.
    [InlineData("220.00125", "0.01", "176.01", 17601)]
    [InlineData("220.00125", null, "176.01", 17601)]
    // Just under a step.
    [InlineData("219.99875", "1", "176", 17600)]
    [InlineData("219.99875", null, "176", 17600)]
    // A coarse step of 10 ₽.
    [InlineData("220", "10", "180", 18000)]
    [InlineData("0.8", "1", "1", 100)]
    public void Rounds_up_to_the_step(string credits, string? step, string expected, long minor)
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { RoundingStep = step is null ? null : D(step) });

        var price = calculator.PriceOf(D(credits));

        Assert.Equal(D(expected), price);
        Assert.Equal(minor, calculator.ToMinorUnits(price));
    }

    [Fact]
    public void A_quote_shows_the_rounding_step()
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { UsdExchangeRate = 92.5m, CreditRate = null, RoundingStep = 1m });

        var quote = calculator.Quote("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1"));

        // 0.8 credits × 0.4625 ₽ = 0.37 ₽ cost; × 2 = 0.74 ₽; up to 1 ₽.
        Assert.Equal((0.37m, 1m, 100L), (quote.Cost, quote.Total, quote.TotalMinorUnits));
        Assert.Equal(["Z-Image · Text to image: 0.8 credits × 0.4625 ₽ × 2 = 0.74 ₽", "Rounded up to a step of 1 ₽: 1 ₽"], quote.Breakdown.Take(2));
    }

    [Theory]
    [InlineData("0.8", "10", 1000)]
    [InlineData("12.5", "10", 1000)]
    // 12.5000001 credits × 0.8 = 10.00000008 ₽: above the minimum, so rounded up to a kopeck past it.
    [InlineData("12.5000001", "10.01", 1001)]
    [InlineData("220", "176", 17600)]
    public void Never_below_the_minimum_charge(string credits, string expected, long minor)
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { MinimumCharge = 10m });

        Assert.Equal(D(expected), calculator.PriceOf(D(credits)));
        Assert.Equal(minor, calculator.ToMinorUnits(calculator.PriceOf(D(credits))));
    }

    [Fact]
    public void A_quote_names_the_minimum_charge()
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { MinimumCharge = 10m });

        var quote = calculator.Quote("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1"));

        Assert.Equal((0.32m, 10m, 1000L), (quote.Cost, quote.Total, quote.TotalMinorUnits));
        Assert.Equal("Minimum charge: 10 ₽", quote.Breakdown[1]);
    }

    [Fact]
    public void Zero_credits_cost_nothing_even_with_a_minimum_charge()
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { MinimumCharge = 10m, RoundingStep = 1m });

        Assert.Equal(0m, calculator.PriceOf(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.PriceOf(-1m));
    }

    [Fact]
    public void A_rule_of_zero_credits_cannot_even_be_loaded()
    {
        // An unknown price is a missing rule, never 0: a zero price would sell at the minimum charge, or for nothing.
        var error = Assert.Throws<Kie.Sdk.Catalog.KieCatalogFormatException>(() => PricingFixture.Catalog.WithOverride(
            Kie.Sdk.Tests.Catalog.CatalogFixture.Stream("""{"models":[{"id":"z-image","modes":[{"id":"text-to-image","pricing":{"rules":[{"credits":0}]}}]}]}""")));

        Assert.Contains("credits: must be more than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_credits_fit_in_minor_units()
    {
        var calculator = PricingFixture.Calculator();

        Assert.Equal(800_000_000m, calculator.PriceOf(1_000_000_000m));
        Assert.Equal(80_000_000_000L, calculator.ToMinorUnits(calculator.PriceOf(1_000_000_000m)));
        // 10^16 credits = 8·10^17 minor units: still a long.
        Assert.Equal(800_000_000_000_000_000L, calculator.ToMinorUnits(calculator.PriceOf(10_000_000_000_000_000m)));
    }

    [Fact]
    public void A_billion_credit_quote_is_exact()
    {
        var catalog = PricingFixture.Catalog.WithOverride(Kie.Sdk.Tests.Catalog.CatalogFixture.Stream("""{"models":[{"id":"z-image","modes":[{"id":"text-to-image","pricing":{"rules":[{"credits":1000000000}]}}]}]}"""));

        var quote = PricingFixture.Calculator(catalog: catalog).Quote("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1"));

        Assert.Equal((1_000_000_000m, 400_000_000m, 800_000_000m, 80_000_000_000L), (quote.Credits, quote.Cost, quote.Total, quote.TotalMinorUnits));
    }

    [Fact]
    public void A_price_beyond_minor_units_is_a_clear_error_never_a_wrapped_number()
    {
        var calculator = PricingFixture.Calculator();

        // 10^18 credits = 8·10^19 kopecks, over long.MaxValue (9.2·10^18).
        var tooMany = Assert.Throws<OverflowException>(() => calculator.PriceOf(1_000_000_000_000_000_000m));
        var beyondDecimal = Assert.Throws<OverflowException>(() => calculator.PriceOf(decimal.MaxValue));

        Assert.Equal("The price of 1000000000000000000 credits at 0.4 RUB per credit × 2 is too large to charge (more than 9223372036854775807 minor units of RUB).", tooMany.Message);
        Assert.StartsWith("The price of 79228162514264337593543950335 credits", beyondDecimal.Message, StringComparison.Ordinal);
    }

    [Theory]
    // 4 credits × 0.4 ⭐ × 2 = 3.2 ⭐, and Stars are whole: 4 ⭐.
    [InlineData("XTR", "4", "4", 4, "4 ⭐")]
    [InlineData("XTR", "5", "4", 4, "4 ⭐")]
    [InlineData("XTR", "5.0000001", "5", 5, "5 ⭐")]
    [InlineData("JPY", "220", "176", 176, "¥176")]
    [InlineData("JPY", "220.0125", "177", 177, "¥177")]
    public void Currencies_without_a_minor_unit_round_to_whole_units(string currency, string credits, string expected, long minor, string text)
    {
        var calculator = PricingFixture.Calculator(new PricingPolicy { Currency = currency, CreditRate = 0.4m });

        var price = calculator.PriceOf(D(credits));

        Assert.Equal(D(expected), price);
        Assert.Equal(minor, calculator.ToMinorUnits(price));
        Assert.Equal(0, calculator.MinorUnitDigits);
        Assert.Equal(text, calculator.FormatMinorUnits(minor));
    }

    [Fact]
    public void A_stars_quote_charges_whole_stars()
    {
        var calculator = PricingFixture.Calculator(new PricingPolicy { Currency = "XTR", CreditRate = 0.385m, Markup = 1.5m });

        var quote = calculator.Quote("kling-2.6", "text-to-video", PricingFixture.Kling10sWithSound());

        // 220 × 0.385 = 84.7 ⭐ cost; × 1.5 = 127.05 ⭐; up to 128 ⭐.
        Assert.Equal((84.7m, 128m, 128L, "XTR"), (quote.Cost, quote.Total, quote.TotalMinorUnits, quote.Currency));
        Assert.Equal("Kling 2.6 · Text to video · 10 s with sound: 220 credits × 0.385 ⭐ × 1.5 = 127.05 ⭐", quote.Breakdown[0]);
    }

    [Fact]
    public void Usd_per_credit_times_an_exchange_rate()
    {
        var usd = PricingFixture.Calculator(new PricingPolicy { Currency = "USD", UsdExchangeRate = 1m });
        var rub = PricingFixture.Calculator(new PricingPolicy { Currency = "RUB", UsdExchangeRate = 92.5m });

        var dollars = usd.Quote("kling-2.6", "text-to-video", PricingFixture.Kling10sWithSound());
        var roubles = rub.Quote("kling-2.6", "text-to-video", PricingFixture.Kling10sWithSound());

        // 220 credits × $0.005 = $1.10, × 2 = $2.20; in roubles 220 × 0.4625 = 101.75 ₽, × 2 = 203.50 ₽.
        Assert.Equal((0.005m, 1.1m, 2.2m, 220L), (dollars.CreditRate, dollars.Cost, dollars.Total, dollars.TotalMinorUnits));
        Assert.Equal((0.4625m, 101.75m, 203.5m, 20350L), (roubles.CreditRate, roubles.Cost, roubles.Total, roubles.TotalMinorUnits));
        Assert.Equal("Kling 2.6 · Text to video · 10 s with sound: 220 credits × $0.005 × 2 = $2.20", dollars.Breakdown[0]);
        Assert.Equal("$2.20", usd.FormatMinorUnits(dollars.TotalMinorUnits));
    }

    [Fact]
    public void Markup_one_charges_the_cost_rounded_up()
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { Markup = 1m, CreditRate = 0.4625m });

        // 0.8 × 0.4625 = 0.37 ₽ exactly; 6.5 × 0.4625 = 3.00625 ₽ → 3.01 ₽.
        Assert.Equal(0.37m, calculator.PriceOf(0.8m));
        Assert.Equal(3.01m, calculator.PriceOf(6.5m));
    }

    [Fact]
    public void Minor_unit_conversions_refuse_fractions_of_a_kopeck()
    {
        var calculator = PricingFixture.Calculator();

        Assert.Equal(17601L, calculator.ToMinorUnits(176.01m));
        Assert.Equal(176.01m, calculator.FromMinorUnits(17601));
        Assert.Throws<ArgumentException>(() => calculator.ToMinorUnits(176.005m));
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
