using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>Every kind of catalog price rule, quoted at 0.4 ₽ per credit × 2 with exact decimal expectations.</summary>
public sealed class PriceRuleQuoteTests
{
    private readonly PriceCalculator _calculator = PricingFixture.Calculator();

    [Theory]
    [InlineData("z-image", "text-to-image", "0.8", "0.64", 64)]
    [InlineData("recraft", "upscale", "0.5", "0.40", 40)]
    [InlineData("seedream-4.5", "text-to-image", "6.5", "5.20", 520)]
    [InlineData("nano-banana", "text-to-image", "4", "3.20", 320)]
    public void Flat(string model, string mode, string credits, string total, long minor)
    {
        var quote = _calculator.Quote(model, mode, Minimal(model, mode));

        AssertMoney(quote, credits, total, minor);
        Assert.Empty(quote.Estimate.Rule.When);
    }

    [Fact]
    public void The_confidence_of_the_credit_price_is_carried_into_the_quote()
    {
        Assert.Equal(KiePriceConfidence.Exact, _calculator.Quote("nano-banana", "text-to-image", new KieInput().Set("prompt", "a")).Confidence);
        Assert.Equal(KiePriceConfidence.Estimated, _calculator.Quote("wan-2.7", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", "720p").Set("duration", 7L)).Confidence);
    }

    [Theory]
    [InlineData("1K", "8", "6.40", 640)]
    [InlineData("2k", "12", "9.60", 960)]
    [InlineData("4K", "18", "14.40", 1440)]
    public void Per_enum_value(string resolution, string credits, string total, long minor)
    {
        var quote = _calculator.Quote("nano-banana-2", "text-to-image", new KieInput().Set("prompt", "a").Set("resolution", resolution));

        AssertMoney(quote, credits, total, minor);
        Assert.Equal($"Nano Banana 2 · Text to image · resolution {resolution.ToUpperInvariant()}: {credits} credits × 0.4 ₽ × 2 = {total} ₽", quote.Breakdown[0]);
    }

    [Theory]
    [InlineData("720p", "5", "60", "48", 4800)]
    [InlineData("720p", "10", "120", "96", 9600)]
    [InlineData("1080p", "10", "200", "160", 16000)]
    public void Per_second(string resolution, string duration, string credits, string total, long minor)
    {
        var quote = _calculator.Quote("wan-2.5", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", resolution).Set("duration", duration));

        AssertMoney(quote, credits, total, minor);
        Assert.Equal(KiePriceUnit.Second, quote.Estimate.Rule.Unit);
        Assert.Equal($"Wan 2.5 · Text to video · resolution {resolution}, {duration} s: {credits} credits × 0.4 ₽ × 2 = {total} ₽", quote.Breakdown[0]);
    }

    [Fact]
    public void Per_second_of_an_integer_duration()
    {
        var quote = _calculator.Quote("wan-2.7", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", "720p").Set("duration", 7L));

        AssertMoney(quote, "112", "89.60", 8960);
        Assert.Equal("Wan 2.7 · Text to video · resolution 720p, 7 s: 112 credits × 0.4 ₽ × 2 = 89.60 ₽", quote.Breakdown[0]);
    }

    [Theory]
    [InlineData("5", false, "55", "44", 4400, "5 s without sound")]
    [InlineData("10", false, "110", "88", 8800, "10 s without sound")]
    [InlineData("5", true, "110", "88", 8800, "5 s with sound")]
    [InlineData("10", true, "220", "176", 17600, "10 s with sound")]
    public void With_and_without_sound(string duration, bool sound, string credits, string total, long minor, string words)
    {
        var input = new KieInput().Set("prompt", "a").Set("sound", sound).Set("aspect_ratio", "16:9").Set("duration", duration);

        var quote = _calculator.Quote("kling-2.6", "text-to-video", input);

        AssertMoney(quote, credits, total, minor);
        Assert.Equal($"Kling 2.6 · Text to video · {words}: {credits} credits × 0.4 ₽ × 2 = {total} ₽", quote.Breakdown[0]);
        Assert.Equal(quote.Estimate.Confidence, quote.Confidence);
    }

    [Theory]
    [InlineData(null, "4", "3.20", 320)]
    [InlineData("1", "4", "3.20", 320)]
    [InlineData("3", "12", "9.60", 960)]
    [InlineData("4", "16", "12.80", 1280)]
    public void Per_output_count(string? images, string credits, string total, long minor)
    {
        var input = new KieInput().Set("prompt", "a");
        if (images is not null)
        {
            input.Set("num_images", images);
        }

        AssertMoney(_calculator.Quote("imagen-4", "text-to-image-fast", input), credits, total, minor);
    }

    [Fact]
    public void Per_output_count_at_a_rendering_speed()
    {
        var quote = _calculator.Quote("ideogram-character", "image-to-image", new KieInput()
            .Set("prompt", "a").Set("reference_image_urls", ["https://example.com/a.png"]).Set("rendering_speed", "QUALITY").Set("num_images", "4"));

        AssertMoney(quote, "96", "76.80", 7680);
        Assert.Equal("Ideogram Character · Character reference to image · rendering speed QUALITY, 4 images: 96 credits × 0.4 ₽ × 2 = 76.80 ₽", quote.Breakdown[0]);
    }

    [Theory]
    [InlineData("720p", "5", "70", "56", 5600)]
    [InlineData("720p", "15", "210", "168", 16800)]
    [InlineData("1080p", "5", "104.5", "83.60", 8360)]
    [InlineData("1080p", "10", "209.5", "167.60", 16760)]
    public void Combination_of_resolution_and_duration(string resolution, string duration, string credits, string total, long minor)
    {
        AssertMoney(_calculator.Quote("wan-2.6", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", resolution).Set("duration", duration)), credits, total, minor);
    }

    [Theory]
    [InlineData(1000, "12", "9.60", 960)]
    [InlineData(1001, "24", "19.20", 1920)]
    [InlineData(2500, "36", "28.80", 2880)]
    public void Per_started_thousand_characters(int characters, string credits, string total, long minor)
    {
        var quote = _calculator.Quote("elevenlabs-tts", "text-to-speech", new KieInput().Set("text", new string('a', characters)).Set("voice", "Rachel"));

        AssertMoney(quote, credits, total, minor);
        Assert.Equal(KiePriceUnit.ThousandCharacters, quote.Estimate.Rule.Unit);
    }

    [Fact]
    public void Speed_tiers_by_parameter_are_both_quoted()
    {
        var quote = _calculator.Quote("ideogram-v3", "text-to-image", new KieInput().Set("prompt", "a").Set("rendering_speed", "BALANCED"));

        AssertMoney(quote, "7", "5.60", 560);
        Assert.Equal(
            [("fast", true, 2.80m, 280L, false), ("balanced", true, 5.60m, 560L, true), ("quality", true, 8m, 800L, false)],
            quote.Tiers.Select(tier => (tier.Tier.Id, tier.Quote is not null, tier.Quote!.Total, tier.Quote.TotalMinorUnits, tier.IsSelected)));
        Assert.All(quote.Tiers, tier => Assert.Empty(tier.Quote!.Tiers));
    }

    [Fact]
    public void Speed_tiers_by_mode_are_quoted_with_their_own_mode()
    {
        var quote = _calculator.Quote("imagen-4", "text-to-image-fast", new KieInput().Set("prompt", "a").Set("num_images", "2"));

        AssertMoney(quote, "8", "6.40", 640);
        Assert.Equal(
            [("fast", "text-to-image-fast", 6.40m, true), ("standard", "text-to-image", 9.60m, false), ("ultra", "text-to-image-ultra", 9.60m, false)],
            quote.Tiers.Select(tier => (tier.Tier.Id, tier.Quote!.ModeId, tier.Quote.Total, tier.IsSelected)));
    }

    [Fact]
    public void Standard_pro_and_4k_tiers_per_second()
    {
        var input = new KieInput().Set("prompt", "a").Set("sound", false).Set("duration", "5").Set("aspect_ratio", "16:9").Set("mode", "std");

        var quote = _calculator.Quote("kling-3.0", "text-to-video", input);

        AssertMoney(quote, "70", "56", 5600);
        Assert.Equal([("standard", 56m), ("pro", 108m), ("4k", 268m)], quote.Tiers.Select(tier => (tier.Tier.Id, tier.Quote!.Total)));
    }

    [Fact]
    public void A_tier_without_a_price_is_shown_as_not_sellable_never_guessed()
    {
        var catalog = PricingFixture.Catalog.WithOverride(Kie.Sdk.Tests.Catalog.CatalogFixture.Stream("""
            {"models":[{"id":"ideogram-v3","modes":[{"id":"text-to-image","pricing":{"rules":[
              {"when":{"rendering_speed":"TURBO"},"credits":3.5},{"when":{"rendering_speed":"QUALITY"},"credits":10}]}}]}]}
            """));

        var quote = PricingFixture.Calculator(catalog: catalog).Quote("ideogram-v3", "text-to-image", new KieInput().Set("prompt", "a").Set("rendering_speed", "TURBO"));

        Assert.Equal(2.80m, quote.Total);
        var balanced = quote.Tiers[1];
        Assert.Null(balanced.Quote);
        Assert.StartsWith("no price is known for ideogram/v3-text-to-image with rendering_speed=BALANCED", balanced.NotSellableReason, StringComparison.Ordinal);
        Assert.Equal(8m, quote.Tiers[2].Quote!.Total);
    }

    private static KieInput Minimal(string model, string mode) => Kie.Sdk.Tests.Catalog.CatalogFixture.MinimalInput(PricingFixture.Catalog.GetMode(model, mode));

    private static void AssertMoney(PriceQuote quote, string credits, string total, long minor)
    {
        var expectedCredits = decimal.Parse(credits, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedCredits, quote.Credits);
        Assert.Equal(quote.Estimate.Confidence, quote.Confidence);
        Assert.Equal(expectedCredits * 0.4m, quote.Cost);
        Assert.Equal(2m, quote.Markup);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), quote.Total);
        Assert.Equal(minor, quote.TotalMinorUnits);
        Assert.Equal(quote.Total, quote.ListPrice);
        Assert.Equal("RUB", quote.Currency);
    }
}
