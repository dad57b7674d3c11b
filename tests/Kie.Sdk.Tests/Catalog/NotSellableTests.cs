using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>No known price means not sellable: never a guess, never the cheapest variant.</summary>
public sealed class NotSellableTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Fact]
    public void An_unpriced_combination_is_not_sellable_never_the_cheapest_variant()
    {
        var error = Assert.Throws<KieNotSellableException>(() =>
            Catalog.EstimateCredits("hailuo-2.3", "image-to-video", new KieInput().Set("prompt", "a").Set("image_url", "https://example.com/a.png").Set("resolution", "1080P").Set("duration", "10")));

        Assert.Equal(
            "Model 'hailuo-2.3' mode 'image-to-video' is not sellable: no price is known for hailuo/2-3-image-to-video-pro with resolution=1080P, duration=10; "
            + "priced combinations: resolution=768P, duration=6; resolution=768P, duration=10; resolution=1080P, duration=6",
            error.Message);
    }

    [Fact]
    public void A_price_parameter_left_unset_is_not_sellable()
    {
        var error = Assert.Throws<KieNotSellableException>(() => Catalog.EstimateCredits("nano-banana-2", "text-to-image", new KieInput().Set("prompt", "a")));

        Assert.Contains("resolution=(not set)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_per_second_price_without_a_duration_is_not_sellable()
    {
        var error = Assert.Throws<KieNotSellableException>(() => Catalog.EstimateCredits("seedance-2", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", "480p")));

        Assert.Equal("the price is per second of 'duration', which is not set; give it a value", error.Reason);
    }

    [Fact]
    public void Seedance_with_reference_videos_is_not_sellable()
    {
        var input = new KieInput().Set("reference_image_urls", ["https://example.com/a.png"]).Set("reference_video_urls ", ["https://example.com/v.mp4"]).Set("resolution", "480p").Set("duration", 5L);

        Assert.Throws<KieNotSellableException>(() => Catalog.EstimateCredits("seedance-2", "reference-to-video", input));
        Assert.Equal(95m, Catalog.EstimateCredits("seedance-2", "reference-to-video", new KieInput().Set("reference_image_urls", ["https://example.com/a.png"]).Set("resolution", "480p").Set("duration", 5L)).Credits);
    }

    [Fact]
    public void An_option_with_an_unknown_price_is_not_sellable()
    {
        Assert.Equal(4m, Catalog.EstimateCredits("grok-imagine-image", "text-to-image", new KieInput().Set("prompt", "a").Set("enable_pro", false)).Credits);
        Assert.Throws<KieNotSellableException>(() => Catalog.EstimateCredits("grok-imagine-image", "text-to-image", new KieInput().Set("prompt", "a").Set("enable_pro", true)));
    }

    [Fact]
    public void A_mode_without_any_price_is_not_sellable()
    {
        var error = Assert.Throws<KieNotSellableException>(() => Catalog.EstimateCredits("seedream-4", "text-to-image", new KieInput().Set("prompt", "a")));

        Assert.StartsWith("no price is known for bytedance/seedream-v4-text-to-image (kie-api.md §7 lists no price", error.Reason, StringComparison.Ordinal);
        Assert.False(Catalog.GetMode("seedream-4", "text-to-image").IsSellable);
        Assert.Equal("–", Catalog.GetMode("seedream-4", "text-to-image").Pricing.PriceText);
    }

    [Fact]
    public void Invalid_input_is_not_priced()
    {
        var error = Assert.Throws<KieValidationException>(() => Catalog.EstimateCredits("kling-2.6", "text-to-video", new KieInput().Set("prompt", "a")));

        Assert.Equal(3, error.Problems.Count);
    }

    [Fact]
    public void A_disabled_mode_is_not_sellable()
    {
        var catalog = Catalog.WithOverride(CatalogFixture.Stream("""{"models":[{"id":"z-image","modes":[{"id":"text-to-image","enabled":false}]}]}"""));
        var validated = catalog.Validate("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1"));

        Assert.False(validated.IsValid);
        var error = Assert.Throws<KieNotSellableException>(() => catalog.EstimateCredits(validated));
        Assert.Equal("the mode is disabled in the catalog", error.Reason);
    }
}
