using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>A deployment corrects the catalog with an override file, without a release.</summary>
public sealed class OverrideTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Fact]
    public void A_price_change_replaces_the_rules_and_keeps_the_rest()
    {
        var corrected = Catalog.WithOverride(CatalogFixture.Stream("""
            // prices of January 2027
            { "models": [ { "id": "kling-2.6", "modes": [ { "id": "text-to-video", "pricing": {
                "priceText": "60/120 silent, 120/240 with sound", "source": "KIE price page", "date": "2027-01-05", "confidence": "exact",
                "rules": [ { "when": { "sound": false }, "credits": 12, "unit": "second", "unitParameter": "duration" },
                           { "when": { "sound": true }, "credits": 24, "unit": "second", "unitParameter": "duration" } ] } } ] } ] }
            """));
        var input = new KieInput().Set("prompt", "a").Set("sound", true).Set("aspect_ratio", "1:1").Set("duration", "10");

        var estimate = corrected.EstimateCredits("kling-2.6", "text-to-video", input);

        Assert.Equal(240m, estimate.Credits);
        Assert.Equal(("KIE price page", new DateOnly(2027, 1, 5), KiePriceConfidence.Exact), (estimate.Source, estimate.Date, estimate.Confidence));
        Assert.Equal(220m, Catalog.EstimateCredits("kling-2.6", "text-to-video", input).Credits);
        Assert.Equal(110m, corrected.EstimateCredits("kling-2.6", "image-to-video", new KieInput().Set("prompt", "a").Set("image_urls", ["https://example.com/a.png"]).Set("sound", true).Set("duration", "5")).Credits);
        Assert.Equal(Catalog.GetMode("kling-2.6", "text-to-video").Parameters.Count, corrected.GetMode("kling-2.6", "text-to-video").Parameters.Count);
    }

    [Fact]
    public void An_unknown_price_can_be_supplied()
    {
        var corrected = Catalog.WithOverride(CatalogFixture.Stream("""
            { "models": [ { "id": "seedream-4", "modes": [ { "id": "text-to-image", "pricing": {
                "source": "admin", "date": "2027-01-05", "confidence": "estimated", "rules": [ { "credits": 5, "multiplyBy": "max_images" } ] } } ] } ] }
            """));

        Assert.Equal(15m, corrected.EstimateCredits("seedream-4", "text-to-image", new KieInput().Set("prompt", "a").Set("max_images", 3L)).Credits);
        Assert.False(corrected.GetMode("seedream-4", "edit").IsSellable);
    }

    [Fact]
    public void A_new_model_is_added()
    {
        var corrected = Catalog.WithOverride(CatalogFixture.Stream("""
            { "models": [ { "id": "veo-3-1", "displayName": "Veo 3.1 (Market)", "category": "video", "modes": [ {
                "id": "text-to-video", "displayName": "Text to video", "apiModel": "veo-3-1",
                "parameters": [ { "name": "prompt", "type": "string", "required": true } ],
                "pricing": { "source": "admin", "date": "2027-01-05", "confidence": "estimated", "rules": [ { "credits": 60 } ] } } ] } ] }
            """));

        Assert.Equal(Catalog.Models.Count + 1, corrected.Models.Count);
        Assert.True(corrected.TryFindByApiModel("veo-3-1", out var model, out _));
        Assert.Equal("veo-3-1", model.Id);
        Assert.Equal(60m, corrected.EstimateCredits("veo-3-1", "text-to-video", new KieInput().Set("prompt", "a")).Credits);
        Assert.False(Catalog.TryGetModel("veo-3-1", out _));
    }

    [Fact]
    public void A_new_mode_and_a_new_parameter_are_added()
    {
        var corrected = Catalog.WithOverride(CatalogFixture.Stream("""
            { "models": [ { "id": "z-image", "modes": [
                { "id": "text-to-image", "parameters": [ { "name": "seed", "type": "integer", "minimum": 0 } ] },
                { "id": "edit", "displayName": "Edit", "apiModel": "z-image-edit", "parameters": [ { "name": "prompt", "type": "string", "required": true } ],
                  "pricing": { "source": "admin", "confidence": "unknown" } } ] } ] }
            """));

        Assert.Equal(["text-to-image", "edit"], corrected.ListModes("z-image").Select(mode => mode.Id));
        Assert.Equal(["prompt", "aspect_ratio", "nsfw_checker", "seed"], corrected.GetMode("z-image", "text-to-image").Parameters.Select(p => p.Name));
        Assert.False(corrected.GetMode("z-image", "edit").IsSellable);
    }

    [Fact]
    public void A_parameter_is_corrected_by_name()
    {
        var corrected = Catalog.WithOverride(CatalogFixture.Stream("""
            { "models": [ { "id": "z-image", "modes": [ { "id": "text-to-image", "parameters": [ { "name": "prompt", "maxLength": 2000 } ] } ] } ] }
            """));

        var prompt = corrected.GetMode("z-image", "text-to-image").FindParameter("prompt")!;
        Assert.Equal((2000, true, KieParameterType.String), (prompt.MaxLength!.Value, prompt.Required, prompt.Type));
    }

    [Fact]
    public void A_model_is_disabled_and_enabled_again()
    {
        var disabled = Catalog.WithOverride(CatalogFixture.Stream("""{ "models": [ { "id": "sora-2", "enabled": false, "note": "removed by KIE" } ] }"""));
        var enabled = disabled.WithOverride(CatalogFixture.Stream("""{ "models": [ { "id": "sora-2", "enabled": true } ] }"""));

        Assert.All(disabled.ListModes("sora-2"), mode => Assert.False(mode.Enabled));
        Assert.False(disabled.GetModel("sora-2").IsSellable);
        Assert.Equal("removed by KIE", disabled.GetModel("sora-2").Note);
        Assert.All(enabled.ListModes("sora-2"), mode => Assert.True(mode.Enabled));
    }

    [Fact]
    public void A_misspelt_override_fails_loudly_with_its_path()
    {
        var error = Assert.Throws<KieCatalogFormatException>(() => Catalog.WithOverride(CatalogFixture.Stream("""
            { "models": [ { "id": "z-image", "modes": [ { "id": "text-to-image", "pricing": { "rules": [ { "credit": 1 } ] } } ] } ] }
            """)));

        Assert.StartsWith("Catalog $.models[", error.Message, StringComparison.Ordinal);
        Assert.Contains(".pricing.rules[0].credit: unknown property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_rule_on_an_undeclared_parameter_fails()
    {
        var error = Assert.Throws<KieCatalogFormatException>(() => Catalog.WithOverride(CatalogFixture.Stream("""
            { "models": [ { "id": "z-image", "modes": [ { "id": "text-to-image", "pricing": { "rules": [ { "when": { "resolution": "1K" }, "credits": 1 } ] } } ] } ] }
            """)));

        Assert.Contains("'resolution' is not a parameter of mode 'text-to-image'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_override_json_fails()
    {
        var error = Assert.Throws<KieCatalogFormatException>(() => Catalog.WithOverride(CatalogFixture.Stream("{ \"models\": [")));

        Assert.StartsWith("Catalog override: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_item_without_its_key_fails()
    {
        var error = Assert.Throws<KieCatalogFormatException>(() => Catalog.WithOverride(CatalogFixture.Stream("""{ "models": [ { "enabled": false } ] }""")));

        Assert.Equal("Catalog override.models[0]: each item must be an object with a string 'id'.", error.Message);
    }
}
