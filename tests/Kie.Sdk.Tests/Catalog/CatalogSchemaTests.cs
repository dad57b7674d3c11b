using System.Text.Json;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

public sealed class CatalogSchemaTests
{
    /// <summary>Every Market model id of kie-api.md §7 (the table rows, not the old-model families).</summary>
    public static TheoryData<string> MarketIdsOfSection7 => new(
        "google/nano-banana", "google/nano-banana-edit", "nano-banana-2", "nano-banana-pro", "google/imagen4-fast", "google/imagen4",
        "google/imagen4-ultra", "bytedance/seedream-v4-text-to-image", "bytedance/seedream-v4-edit", "seedream/4.5-text-to-image",
        "seedream/4.5-edit", "seedream/5-lite-text-to-image", "bytedance/seedream", "z-image", "flux-2/pro-text-to-image",
        "flux-2/flex-image-to-image", "gpt-image-2-text-to-image", "gpt-image-2-image-to-image", "gpt-image/1.5-text-to-image",
        "grok-imagine/text-to-image", "ideogram/v3-text-to-image", "ideogram/character", "qwen/text-to-image", "qwen/image-edit",
        "recraft/remove-background", "recraft/crisp-upscale", "topaz/image-upscale", "kling/v2-1-master-text-to-video",
        "kling/v2-1-master-image-to-video", "kling/v2-1-pro", "kling/v2-1-standard", "kling/v2-5-turbo-text-to-video-pro",
        "kling-2.6/text-to-video", "kling-2.6/image-to-video", "kling-3.0/video", "kling/ai-avatar-standard", "kling/ai-avatar-pro",
        "wan/2-5-text-to-video", "wan/2-6-text-to-video", "wan/2-2-a14b-text-to-video-turbo", "wan/2-7-text-to-video",
        "hailuo/02-text-to-video-standard", "hailuo/2-3-image-to-video-pro", "bytedance/v1-pro-text-to-video", "bytedance/seedance-2",
        "grok-imagine/image-to-video", "sora-2-text-to-video", "sora-2-image-to-video", "topaz/video-upscale", "infinitalk/from-audio",
        "elevenlabs/text-to-speech-multilingual-v2", "elevenlabs/text-to-speech-turbo-2-5", "elevenlabs/sound-effect-v2",
        "elevenlabs/speech-to-text", "elevenlabs/text-to-dialogue-v3");

    [Fact]
    public void The_checked_in_catalog_passes_its_schema()
    {
        var errors = Check(File.ReadAllText(Path.Combine(CatalogFixture.DataFolder, "catalog.json")));

        Assert.Empty(errors);
    }

    [Fact]
    public void The_embedded_catalog_is_the_checked_in_file()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(ModelCatalog.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(Path.Combine(CatalogFixture.DataFolder, "catalog.json")), reader.ReadToEnd());
    }

    [Theory]
    [InlineData("""{"formatVersion":1,"snapshotDate":"2026-01-01","models":[{"id":"x","displayName":"X","category":"music","modes":[]}]}""", "is not one of")]
    [InlineData("""{"formatVersion":1,"snapshotDate":"2026-01-01","models":[],"extra":1}""", "unexpected property 'extra'")]
    [InlineData("""{"formatVersion":1,"snapshotDate":"01/01/2026","models":[]}""", "does not match")]
    [InlineData("""{"formatVersion":1,"models":[]}""", "missing required 'snapshotDate'")]
    public void The_schema_checker_catches_violations(string json, string expected)
    {
        var errors = Check(json);

        Assert.Contains(errors, error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_price_of_zero_breaks_the_schema()
    {
        var json = File.ReadAllText(Path.Combine(CatalogFixture.DataFolder, "catalog.json")).Replace("\"credits\": 4,", "\"credits\": 0,", StringComparison.Ordinal);

        Assert.Contains(Check(json), error => error.Contains("not above 0", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MarketIdsOfSection7))]
    public void Every_market_model_of_section_7_is_catalogued(string apiModel)
    {
        Assert.True(CatalogFixture.Embedded.TryFindByApiModel(apiModel, out _, out var mode), $"{apiModel} is not in the catalog");
        Assert.Equal(apiModel, mode.ApiModel);
    }

    [Fact]
    public void Old_model_families_are_not_market_models()
    {
        var apiIds = CatalogFixture.Embedded.Models.SelectMany(model => model.Modes).Select(mode => mode.ApiModel).ToList();

        Assert.DoesNotContain(apiIds, id => id.StartsWith("veo", StringComparison.OrdinalIgnoreCase) || id.Contains("suno", StringComparison.OrdinalIgnoreCase)
            || id.Contains("runway", StringComparison.OrdinalIgnoreCase) || id.Contains("kontext", StringComparison.OrdinalIgnoreCase)
            || id.StartsWith("mj", StringComparison.OrdinalIgnoreCase) || id.Contains("4o", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Odd_keys_are_kept_verbatim()
    {
        var catalog = CatalogFixture.Embedded;

        Assert.NotNull(catalog.GetMode("seedance-2", "reference-to-video").FindParameter("reference_video_urls "));
        Assert.NotNull(catalog.GetMode("recraft", "remove-background").FindParameter("image"));
        Assert.NotNull(catalog.GetMode("wan-2.7", "text-to-video").FindParameter("ratio"));
        Assert.Null(catalog.GetMode("wan-2.7", "text-to-video").FindParameter("aspect_ratio"));
    }

    private static List<string> Check(string json)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(CatalogFixture.DataFolder, "catalog.schema.json")));
        using var document = JsonDocument.Parse(json);
        return new MiniJsonSchema(schema.RootElement).Validate(document.RootElement);
    }
}
