using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>Quotes as the bot uses them: breakdown, test mode, free models, typed input, and what cannot be sold.</summary>
public sealed class QuoteTests
{
    private readonly PriceCalculator _calculator = PricingFixture.Calculator();

    [Fact]
    public void The_plans_formula_in_words()
    {
        var quote = _calculator.Quote("kling-2.6", "text-to-video", PricingFixture.Kling10sWithSound());

        Assert.Equal(("kling-2.6", "Kling 2.6", "text-to-video", "Text to video", "kling-2.6/text-to-video"), (quote.ModelId, quote.ModelName, quote.ModeId, quote.ModeName, quote.ApiModel));
        Assert.Equal((220m, 0.4m, 88m, 2m, 176m, 17600L), (quote.Credits, quote.CreditRate, quote.Cost, quote.Markup, quote.Total, quote.TotalMinorUnits));
        Assert.False(quote.IsTestMode);
        Assert.False(quote.IsFree);
        Assert.Empty(quote.Tiers);
        Assert.Equal("Kling 2.6 · Text to video · 10 s with sound: 220 credits × 0.4 ₽ × 2 = 176 ₽", quote.Breakdown[0]);
        Assert.Equal(quote.Estimate.Breakdown, quote.Breakdown.Skip(1));
        Assert.StartsWith("Price: ", quote.Breakdown[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_mode_quote_is_marked_and_charges_nothing()
    {
        var quote = _calculator.Quote("kling-2.6", "text-to-video", PricingFixture.Kling10sWithSound(), testMode: true);

        Assert.True(quote.IsTestMode);
        Assert.Equal((0m, 0L), (quote.Total, quote.TotalMinorUnits));
        Assert.Equal((176m, 17600L, 88m), (quote.ListPrice, quote.ListPriceMinorUnits, quote.Cost));
        Assert.Equal("Test mode: nothing is charged (the price would be 176 ₽)", quote.Breakdown[1]);
    }

    [Fact]
    public void Test_mode_tiers_charge_nothing_either()
    {
        var quote = _calculator.Quote("ideogram-v3", "text-to-image", new KieInput().Set("prompt", "a").Set("rendering_speed", "TURBO"), testMode: true);

        Assert.All(quote.Tiers, tier => Assert.Equal((true, 0L), (tier.Quote!.IsTestMode, tier.Quote.TotalMinorUnits)));
        Assert.Equal([2.80m, 5.60m, 8m], quote.Tiers.Select(tier => tier.Quote!.ListPrice));
    }

    [Fact]
    public void A_free_model_totals_zero_but_still_needs_a_known_price()
    {
        var calculator = PricingFixture.Calculator(PricingFixture.Rub with { FreeModels = ["Z-Image", "seedream-4"], MinimumCharge = 1m });

        var quote = calculator.Quote("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1"));

        Assert.True(quote.IsFree);
        Assert.True(calculator.IsFree("z-image"));
        Assert.Equal((0m, 0L, 1m, 100L), (quote.Total, quote.TotalMinorUnits, quote.ListPrice, quote.ListPriceMinorUnits));
        Assert.Equal("Free: 0 ₽ (the price would be 1 ₽)", quote.Breakdown[2]);
        // Free to the user is not free to us: a model with no known price still cannot be sold.
        Assert.Throws<KieNotSellableException>(() => calculator.Quote("seedream-4", "text-to-image", new KieInput().Set("prompt", "a")));
        Assert.False(calculator.IsFree("nano-banana"));
    }

    [Fact]
    public void Text_typed_by_a_person_is_coerced_then_priced()
    {
        var quote = _calculator.Quote("kling-2.6", "image-to-video", new Dictionary<string, string>
        {
            ["prompt"] = "a fox",
            ["image_urls"] = "https://example.com/fox.png",
            ["sound"] = "да",
            ["duration"] = "10",
        });

        Assert.Equal((220m, 176m, 17600L), (quote.Credits, quote.Total, quote.TotalMinorUnits));
    }

    [Fact]
    public void An_already_validated_input_is_quoted_without_validating_again()
    {
        var validated = PricingFixture.Catalog.Validate("nano-banana-2", "text-to-image", new KieInput().Set("prompt", "a").Set("resolution", "2K"));

        Assert.Equal(9.60m, _calculator.Quote(validated).Total);
    }

    [Fact]
    public void Invalid_input_is_the_catalogs_validation_error()
    {
        var error = Assert.Throws<KieValidationException>(() => _calculator.Quote("kling-2.6", "text-to-video", new KieInput().Set("prompt", "a")));

        Assert.Equal(["aspect_ratio", "duration", "sound"], error.Problems.Select(problem => problem.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_model_lists_the_closest_ids()
    {
        var error = Assert.Throws<KieUnknownModelException>(() => _calculator.Quote("kling-2.7", "text-to-video", new KieInput()));

        Assert.Contains("kling-2.6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mode_without_any_price_is_not_sellable()
    {
        var error = Assert.Throws<KieNotSellableException>(() => _calculator.Quote("seedream-4", "text-to-image", new KieInput().Set("prompt", "a")));

        Assert.StartsWith("no price is known for bytedance/seedream-v4-text-to-image", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unpriced_combination_is_not_sellable_never_the_cheapest_variant()
    {
        var input = new KieInput().Set("prompt", "a").Set("image_url", "https://example.com/a.png").Set("resolution", "1080P").Set("duration", "10");

        var error = Assert.Throws<KieNotSellableException>(() => _calculator.Quote("hailuo-2.3", "image-to-video", input));

        Assert.Contains("resolution=1080P, duration=10", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_parameter_left_unset_is_not_sellable()
    {
        Assert.Throws<KieNotSellableException>(() => _calculator.Quote("nano-banana-2", "text-to-image", new KieInput().Set("prompt", "a")));
    }

    [Fact]
    public void A_disabled_mode_is_not_sellable()
    {
        var catalog = PricingFixture.Catalog.WithOverride(Kie.Sdk.Tests.Catalog.CatalogFixture.Stream("""{"models":[{"id":"z-image","modes":[{"id":"text-to-image","enabled":false}]}]}"""));

        var error = Assert.Throws<KieNotSellableException>(() =>
            PricingFixture.Calculator(catalog: catalog).Quote("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1")));

        Assert.Equal("the mode is disabled in the catalog", error.Reason);
    }

    [Theory]
    [InlineData("RUB", "176", "176 ₽")]
    [InlineData("RUB", "3.2", "3.20 ₽")]
    [InlineData("RUB", "0.4625", "0.4625 ₽")]
    [InlineData("RUB", "-5", "-5 ₽")]
    [InlineData("USD", "0.88", "$0.88")]
    [InlineData("USD", "2", "$2")]
    [InlineData("EUR", "1.5", "€1.50")]
    [InlineData("XTR", "25", "25 ⭐")]
    [InlineData("JPY", "176", "¥176")]
    public void Amounts_are_written_with_the_currencys_symbol(string currency, string amount, string expected)
    {
        var calculator = PricingFixture.Calculator(new PricingPolicy { Currency = currency, CreditRate = 1m });

        Assert.Equal(expected, calculator.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("RUB", 17600L, "176 ₽")]
    [InlineData("RUB", 17601L, "176.01 ₽")]
    [InlineData("RUB", 5L, "0.05 ₽")]
    [InlineData("USD", 220L, "$2.20")]
    [InlineData("XTR", 128L, "128 ⭐")]
    public void Minor_units_are_written_as_money(string currency, long minor, string expected)
    {
        var calculator = PricingFixture.Calculator(new PricingPolicy { Currency = currency, CreditRate = 1m });

        Assert.Equal(expected, calculator.FormatMinorUnits(minor));
    }
}
