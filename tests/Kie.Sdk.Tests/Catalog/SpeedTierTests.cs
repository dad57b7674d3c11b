using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>Both (or all) speed tiers priced for the same input, so a quote can show them side by side.</summary>
public sealed class SpeedTierTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Fact]
    public void Speed_tiers_by_parameter_are_priced_side_by_side()
    {
        var estimate = Catalog.EstimateCredits("ideogram-v3", "text-to-image", new KieInput().Set("prompt", "a").Set("rendering_speed", "BALANCED"));

        Assert.Equal(7m, estimate.Credits);
        Assert.Equal(
            [("fast", 3.5m, false), ("balanced", 7m, true), ("quality", 10m, false)],
            estimate.SpeedTiers.Select(tier => (tier.Tier.Id, tier.Credits!.Value, tier.IsSelected)));
        Assert.All(estimate.SpeedTiers, tier => Assert.Empty(tier.Estimate!.SpeedTiers));
    }

    [Fact]
    public void Kling_3_std_and_pro_tiers_per_second()
    {
        var input = new KieInput().Set("prompt", "a").Set("sound", false).Set("duration", "5").Set("aspect_ratio", "16:9").Set("mode", "std");

        var estimate = Catalog.EstimateCredits("kling-3.0", "text-to-video", input);

        Assert.Equal(70m, estimate.Credits);
        Assert.Equal([("standard", (decimal?)70m), ("pro", 135m), ("4k", 335m)], estimate.SpeedTiers.Select(tier => (tier.Tier.Id, tier.Credits)));
        Assert.True(estimate.SpeedTiers[0].IsSelected);
    }

    [Fact]
    public void Speed_tiers_by_mode_carry_over_the_shared_parameters()
    {
        var estimate = Catalog.EstimateCredits("imagen-4", "text-to-image-fast", new KieInput().Set("prompt", "a").Set("num_images", "2"));

        Assert.Equal(8m, estimate.Credits);
        Assert.Equal([("fast", (decimal?)8m, true), ("standard", 12m, false), ("ultra", 12m, false)], estimate.SpeedTiers.Select(tier => (tier.Tier.Id, tier.Credits, tier.IsSelected)));
    }

    [Fact]
    public void Tts_tiers_compare_multilingual_and_turbo()
    {
        var estimate = Catalog.EstimateCredits("elevenlabs-tts", "text-to-speech", new KieInput().Set("text", new string('a', 1500)).Set("voice", "Rachel"));

        Assert.Equal([("standard", (decimal?)24m), ("fast", 12m)], estimate.SpeedTiers.Select(tier => (tier.Tier.Id, tier.Credits)));
    }

    [Fact]
    public void A_tier_without_a_price_says_why_instead_of_guessing()
    {
        var catalog = Catalog.WithOverride(CatalogFixture.Stream("""
            {"models":[{"id":"ideogram-v3","modes":[{"id":"text-to-image","pricing":{"rules":[
              {"when":{"rendering_speed":"TURBO"},"credits":3.5},{"when":{"rendering_speed":"QUALITY"},"credits":10}]}}]}]}
            """));

        var estimate = catalog.EstimateCredits("ideogram-v3", "text-to-image", new KieInput().Set("prompt", "a").Set("rendering_speed", "TURBO"));

        var balanced = estimate.SpeedTiers[1];
        Assert.Null(balanced.Credits);
        Assert.StartsWith("no price is known for ideogram/v3-text-to-image with rendering_speed=BALANCED", balanced.NotSellableReason, StringComparison.Ordinal);
    }
}
