using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>Exact decimal expectations for each kind of price rule, from kie-api.md §7.</summary>
public sealed class PriceRuleTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Theory]
    [InlineData("z-image", "text-to-image", "0.8")]
    [InlineData("recraft", "upscale", "0.5")]
    [InlineData("recraft", "remove-background", "1")]
    [InlineData("seedream-4.5", "text-to-image", "6.5")]
    public void Flat(string model, string mode, string expected)
    {
        var input = CatalogFixture.MinimalInput(Catalog.GetMode(model, mode));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Catalog.EstimateCredits(model, mode, input).Credits);
    }

    [Fact]
    public void Flat_breakdown_names_source_date_and_confidence()
    {
        var estimate = Catalog.EstimateCredits("nano-banana", "text-to-image", new KieInput().Set("prompt", "a cat"));

        Assert.Equal(4m, estimate.Credits);
        Assert.Equal(KiePriceConfidence.Exact, estimate.Confidence);
        Assert.Equal("kie-api.md §7 / S3, S5", estimate.Source);
        Assert.Equal(new DateOnly(2025, 12, 21), estimate.Date);
        Assert.Equal(["4 credits per task", "Price: exact, kie-api.md §7 / S3, S5, as of 2025-12-21"], estimate.Breakdown);
    }

    [Theory]
    [InlineData("1K", 8)]
    [InlineData("2k", 12)]
    [InlineData("4K", 18)]
    public void Per_resolution(string resolution, int expected)
    {
        var estimate = Catalog.EstimateCredits("nano-banana-2", "text-to-image", new KieInput().Set("prompt", "a").Set("resolution", resolution));

        Assert.Equal(expected, estimate.Credits);
        Assert.Equal(["resolution"], estimate.Rule.When.Keys);
    }

    [Theory]
    [InlineData("6", 30)]
    [InlineData("10", 50)]
    public void Per_duration_value(string duration, int expected)
    {
        Assert.Equal(expected, Catalog.EstimateCredits("hailuo-02", "text-to-video", new KieInput().Set("prompt", "a").Set("duration", duration)).Credits);
    }

    [Theory]
    [InlineData("TURBO", "3.5")]
    [InlineData("balanced", "7")]
    [InlineData("QUALITY", "10")]
    public void Per_rendering_speed(string speed, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Catalog.EstimateCredits("ideogram-v3", "text-to-image", new KieInput().Set("prompt", "a").Set("rendering_speed", speed)).Credits);
    }

    [Theory]
    [InlineData("720p", "5", 60)]
    [InlineData("720p", "10", 120)]
    [InlineData("1080p", "5", 100)]
    [InlineData("1080p", "10", 200)]
    public void Per_second(string resolution, string duration, int expected)
    {
        var estimate = Catalog.EstimateCredits("wan-2.5", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", resolution).Set("duration", duration));

        Assert.Equal(expected, estimate.Credits);
        Assert.Equal(KiePriceUnit.Second, estimate.Rule.Unit);
        Assert.Equal(KiePriceConfidence.Exact, estimate.Confidence);
    }

    [Fact]
    public void Per_second_of_an_integer_duration()
    {
        var estimate = Catalog.EstimateCredits("wan-2.7", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", "720p").Set("duration", 7L));

        Assert.Equal(112m, estimate.Credits);
        Assert.Equal("16 credits/s (resolution=720p) × 7 s (duration) = 112 credits", estimate.Breakdown[0]);
        Assert.Equal(KiePriceConfidence.Estimated, estimate.Confidence);
    }

    [Theory]
    [InlineData("5", false, 55)]
    [InlineData("10", false, 110)]
    [InlineData("5", true, 110)]
    [InlineData("10", true, 220)]
    public void Duration_times_sound(string duration, bool sound, int expected)
    {
        var input = new KieInput().Set("prompt", "a").Set("sound", sound).Set("aspect_ratio", "16:9").Set("duration", duration);

        Assert.Equal(expected, Catalog.EstimateCredits("kling-2.6", "text-to-video", input).Credits);
    }

    [Fact]
    public void With_and_without_sound_from_typed_text()
    {
        var silent = Catalog.EstimateCredits("kling-2.6", "image-to-video", new Dictionary<string, string> { ["prompt"] = "a", ["image_urls"] = "https://example.com/a.png", ["sound"] = "нет", ["duration"] = "5" });
        var loud = Catalog.EstimateCredits("kling-2.6", "image-to-video", new Dictionary<string, string> { ["prompt"] = "a", ["image_urls"] = "https://example.com/a.png", ["sound"] = "да", ["duration"] = "5" });

        Assert.Equal((55m, 110m), (silent.Credits, loud.Credits));
    }

    [Theory]
    [InlineData(null, 4)]
    [InlineData("1", 4)]
    [InlineData("3", 12)]
    [InlineData("4", 16)]
    public void Per_output(string? images, int expected)
    {
        var input = new KieInput().Set("prompt", "a");
        if (images is not null)
        {
            input.Set("num_images", images);
        }

        Assert.Equal(expected, Catalog.EstimateCredits("imagen-4", "text-to-image-fast", input).Credits);
    }

    [Fact]
    public void Per_output_at_a_rendering_speed()
    {
        var estimate = Catalog.EstimateCredits("ideogram-character", "image-to-image", new KieInput()
            .Set("prompt", "a").Set("reference_image_urls", ["https://example.com/a.png"]).Set("rendering_speed", "QUALITY").Set("num_images", "4"));

        Assert.Equal(96m, estimate.Credits);
        Assert.Equal("24 credits × 4 (num_images) = 96 credits", estimate.Breakdown[1]);
    }

    [Theory]
    [InlineData("720p", "5", "70")]
    [InlineData("720p", "15", "210")]
    [InlineData("1080p", "5", "104.5")]
    [InlineData("1080p", "10", "209.5")]
    [InlineData("1080p", "15", "315")]
    public void Resolution_times_duration_table(string resolution, string duration, string expected)
    {
        var estimate = Catalog.EstimateCredits("wan-2.6", "text-to-video", new KieInput().Set("prompt", "a").Set("resolution", resolution).Set("duration", duration));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), estimate.Credits);
    }

    [Theory]
    [InlineData(1, 12)]
    [InlineData(1000, 12)]
    [InlineData(1001, 24)]
    [InlineData(2500, 36)]
    public void Per_started_thousand_characters(int characters, int expected)
    {
        var estimate = Catalog.EstimateCredits("elevenlabs-tts", "text-to-speech", new KieInput().Set("text", new string('a', characters)).Set("voice", "Rachel"));

        Assert.Equal(expected, estimate.Credits);
        Assert.Equal(KiePriceUnit.ThousandCharacters, estimate.Rule.Unit);
    }
}
