using Sync = Kie.Sdk.Catalog.CatalogSync;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Tests.Catalog;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>New models enter the catalog disabled and unpriced; nothing existing is enabled or re-priced.</summary>
public sealed class OverrideForNewModelsTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 3, 10, 0, 0, TimeSpan.Zero);

    private static RemoteModel Remote(string model, string title, string[] taskTypes, string? price, string? inputProperties = null)
    {
        var entry = SyncData.Entry(model, title, "Kling", taskTypes, price);
        var listing = MarketModelReader.ReadEntry(System.Text.Json.JsonDocument.Parse(entry.ToJsonString()).RootElement, "test", 0);
        KieModelSchema? schema = null;
        if (inputProperties is not null)
        {
            using var data = System.Text.Json.JsonDocument.Parse(SyncData.SchemaData(model, SyncData.Props(inputProperties), ["prompt"]));
            schema = ModelSchemaReader.Read(data.RootElement, model);
        }

        return new RemoteModel { Listing = listing, Schema = schema, PricingDescription = price };
    }

    private static RemoteCatalog Everything(params RemoteModel[] extra) => new()
    {
        Source = "test listing",
        Models = [.. SyncData.Listing().Values.Select(entry => new RemoteModel
        {
            Listing = MarketModelReader.ReadEntry(System.Text.Json.JsonDocument.Parse(entry.ToJsonString()).RootElement, "test", 0),
            PricingDescription = entry["pricingDesc"]?.GetValue<string>(),
        }), .. extra],
    };

    [Fact]
    public void The_override_adds_a_new_model_disabled_with_its_parameters_and_no_price()
    {
        var diff = Sync.Compare(SyncData.Catalog, Everything(Remote("kling/v3-turbo-text-to-video", "Kling V3 Turbo", ["Text to Video"], "A 5-second video costs 40 credits.", """
            { "prompt": { "type": "string", "maxLength": 2500 },
              "duration": { "type": "string", "enum": ["5", "10"], "default": "5" },
              "cfg_scale": { "type": "number", "minimum": 0, "maximum": 1 },
              "image_urls": { "type": "array", "items": { "type": "string" }, "maxItems": 2 },
              "shots": { "type": "array", "items": { "type": "object" } },
              "mask": { "type": "object" } }
            """)), Now);

        var corrected = SyncData.Catalog.WithOverride(CatalogFixture.Stream(diff.ToOverrideJson()));

        var model = corrected.GetModel("kling-v3-turbo-text-to-video");
        Assert.False(model.Enabled);
        Assert.Equal(KieModelCategory.Unknown, model.Category);
        Assert.Equal(("Kling V3 Turbo", "Kling"), (model.DisplayName, model.Provider));
        var mode = Assert.Single(model.Modes);
        Assert.Equal(("text-to-video", "kling/v3-turbo-text-to-video"), (mode.Id, mode.ApiModel));
        Assert.False(mode.Enabled);
        Assert.False(mode.IsSellable);
        Assert.False(mode.Pricing.IsKnown);
        Assert.Equal("A 5-second video costs 40 credits.", mode.Pricing.PriceText);
        Assert.Equal(new DateOnly(2027, 2, 3), mode.Pricing.Date);
        Assert.Equal(["prompt", "duration", "cfg_scale", "image_urls", "shots"], mode.Parameters.Select(parameter => parameter.Name));
        Assert.True(mode.AllowsAdditionalParameters);
        Assert.Equal((KieParameterType.Enum, 0m, 1m), (mode.Parameters[1].Type, mode.Parameters[2].Minimum, mode.Parameters[2].Maximum));
        Assert.True(mode.Parameters[0].Required);
        var request = new CreateTaskRequest("kling/v3-turbo-text-to-video");
        request.Input.Set("prompt", "a");
        Assert.Throws<KieValidationException>(() => CatalogGuard.InputToSend(corrected, request));
    }

    [Fact]
    public void The_override_names_only_new_models_so_existing_prices_and_flags_stay()
    {
        var catalog = SyncData.Catalog.WithOverride(CatalogFixture.Stream("""{ "models": [ { "id": "nano-banana", "enabled": false } ] }"""));
        var remote = Everything(Remote("kling/v3-turbo", "Kling V3", [], null));
        remote = remote with { Models = [.. remote.Models.Where(model => model.Model != SyncData.KlingPro)] };
        var before = catalog.ToJson();

        var diff = Sync.Compare(catalog, remote with { Models = [.. remote.Models.Select(model => model.Model == SyncData.NanoBanana ? model with { PricingDescription = "9 credits" } : model)] }, Now);
        var overrideJson = JsonNode.Parse(diff.ToOverrideJson())!.AsObject();
        var corrected = catalog.WithOverride(CatalogFixture.Stream(diff.ToOverrideJson()));

        Assert.Single(diff.PriceTextsChanged);
        Assert.Single(diff.ModelsRemoved);
        Assert.Equal(["kling-v3-turbo"], overrideJson["models"]!.AsArray().Select(model => model!["id"]!.GetValue<string>()));
        Assert.Equal(["models"], overrideJson.Select(property => property.Key));
        Assert.Equal(before, catalog.ToJson());
        foreach (var original in catalog.Models)
        {
            var after = corrected.GetModel(original.Id);
            Assert.Equal(original.Enabled, after.Enabled);
            Assert.Equal(original.Modes.Select(mode => (mode.Enabled, mode.Pricing.Rules.Count, mode.Pricing.PriceText)), after.Modes.Select(mode => (mode.Enabled, mode.Pricing.Rules.Count, mode.Pricing.PriceText)));
        }

        var added = corrected.GetModel("kling-v3-turbo");
        Assert.False(added.Enabled);
        Assert.Equal(("default", "Default"), (added.Modes[0].Id, added.Modes[0].DisplayName));
        Assert.True(added.Modes[0].AllowsAdditionalParameters);
        Assert.Empty(added.Modes[0].Parameters);
    }

    [Fact]
    public void Suggested_ids_are_unique_and_in_the_catalog_alphabet()
    {
        var diff = Sync.Compare(SyncData.Catalog, Everything(
            Remote("Kling-2.6", "Clash with a catalog id", [], null),
            Remote("kling/2.6", "Same stem", [], null),
            Remote("kling-2.6/motion-control", "Motion", ["Motion Control"], null)), Now);

        Assert.Equal(["kling-2.6-2", "kling-2.6-3", "kling-2.6-motion-control"], diff.ModelsAdded.Select(added => added.SuggestedId));
        Assert.Equal("kling-2.6", diff.ModelsAdded[2].LikelyFamily);
        var corrected = SyncData.Catalog.WithOverride(CatalogFixture.Stream(diff.ToOverrideJson()));
        Assert.Equal(SyncData.Catalog.Models.Count + 3, corrected.Models.Count);
        Assert.All(diff.ModelsAdded, added => Assert.False(corrected.GetModel(added.SuggestedId).Enabled));
    }

    [Fact]
    public void An_empty_diff_gives_an_empty_override()
    {
        var diff = Sync.Compare(SyncData.Catalog, Everything(), Now);

        Assert.Empty(JsonNode.Parse(diff.ToOverrideJson())!["models"]!.AsArray());
        Assert.Equal(SyncData.Catalog.Models.Count, SyncData.Catalog.WithOverride(CatalogFixture.Stream(diff.ToOverrideJson())).Models.Count);
    }
}
