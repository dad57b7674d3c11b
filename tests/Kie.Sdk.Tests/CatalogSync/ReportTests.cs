using Sync = Kie.Sdk.Catalog.CatalogSync;
using System.Text.Json;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>The text and JSON reports, and the smaller judgements behind a diff (task types, price amounts, modes sharing an id).</summary>
public sealed class ReportTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 3, 10, 0, 0, TimeSpan.Zero);

    private static RemoteModel Listed(string model, string[]? taskTypes = null, string? price = null, KieModelSchema? schema = null, KieModelHealth? health = null) =>
        new() { Listing = new KieMarketModel { Model = model, TaskTypes = taskTypes ?? [] }, PricingDescription = price, Schema = schema, Health = health };

    private static RemoteCatalog All(Func<string, RemoteModel>? make = null, params RemoteModel[] extra) =>
        new() { Source = "test", Models = [.. SyncData.ApiModels.Select(model => make?.Invoke(model) ?? Listed(model)), .. extra] };

    [Fact]
    public void The_json_report_carries_every_section_and_parses()
    {
        var diff = Sync.Compare(
            SyncData.Catalog,
            All(model => model == SyncData.NanoBanana ? Listed(model, ["Text to Image", "Image to Video"], "5 credits") : Listed(model), Listed("new/model", ["Text to Video"], "12 credits")),
            Now);

        using var json = JsonDocument.Parse(diff.ToJson());
        var root = json.RootElement;

        Assert.True(root.GetProperty("hasChanges").GetBoolean());
        Assert.Equal("2027-02-03T10:00:00+00:00", root.GetProperty("comparedAt").GetString());
        Assert.Equal("new/model", root.GetProperty("modelsAdded")[0].GetProperty("apiModel").GetString());
        Assert.Equal("new-model", root.GetProperty("modelsAdded")[0].GetProperty("suggestedId").GetString());
        Assert.Equal("Image to Video", root.GetProperty("modesAdded")[0].GetProperty("taskType").GetString());
        Assert.Equal(5m, root.GetProperty("priceTextsChanged")[0].GetProperty("unmatchedCredits")[0].GetDecimal());
        Assert.Equal("4", root.GetProperty("priceTextsChanged")[0].GetProperty("localText").GetString());
        foreach (var section in (string[])["modelsRemoved", "modesRemoved", "parametersAdded", "parametersRemoved", "parametersChanged", "healthWarnings", "notes"])
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
        }
    }

    [Fact]
    public void The_text_report_summarises_first()
    {
        var diff = Sync.Compare(SyncData.Catalog, All(extra: [Listed("new/a"), Listed("new/b")]), Now);

        var lines = diff.ToText().Split(Environment.NewLine);

        Assert.Equal("Catalog sync against test at 2027-02-03 10:00 UTC", lines[0]);
        Assert.Equal("Local catalog: 3 models. Remote: 6 API models.", lines[1]);
        Assert.Equal("Changes: 2 models added.", lines[2]);
    }

    [Theory]
    [InlineData("Text to Video", "text-to-video", true)]
    [InlineData("Image to Video", "image-to-video-pro", true)]
    [InlineData("Image to Image", "edit", true)]
    [InlineData("Image Upscale", "upscale", true)]
    [InlineData("Lip Sync", "lip-sync-pro", true)]
    [InlineData("Image to Video", "text-to-video", false)]
    [InlineData("Video to Video", "image-to-video", false)]
    [InlineData("Text to Image", "text-to-image-fast", true)]
    public void Task_types_match_mode_ids_through_synonyms_and_suffixes(string taskType, string modeId, bool covered) =>
        Assert.Equal(covered, TaskTypeMatcher.IsCovered(taskType, [modeId]));

    [Theory]
    [InlineData("A 5-second video costs 160 credits ($0.80) and a 10-second one 320 credits.", new[] { 160.0, 320.0 })]
    [InlineData("1,000 credits per hour; 0.5 credit per second", new[] { 0.5, 1000.0 })]
    [InlineData("55/110 silent", new double[0])]
    [InlineData("Free during beta", new double[0])]
    public void Credit_amounts_are_read_from_prose(string text, double[] expected) =>
        Assert.Equal(expected.Select(value => (decimal)value), PriceAmounts.Remote(text));

    [Fact]
    public void Local_amounts_include_totals_over_allowed_durations_and_counts()
    {
        var mode = SyncData.Catalog.GetMode("kling-2.6", "text-to-video");

        Assert.Equal([11m, 22m, 55m, 110m, 220m], PriceAmounts.Local([mode]));
    }

    [Fact]
    public void A_price_text_without_amounts_is_a_note_showing_both_sides()
    {
        var diff = Sync.Compare(SyncData.Catalog, All(model => model == SyncData.KlingPro ? Listed(model, price: "Contact sales") : Listed(model)), Now);

        Assert.False(diff.HasChanges);
        var note = Assert.Single(diff.Notes);
        Assert.Equal("KIE's price text names no credit amount, so it was not compared. KIE: \"Contact sales\"; local: \"50 / 100\".", note.Message);
    }

    [Fact]
    public void Modes_sharing_an_api_id_are_compared_against_one_schema_without_false_required_changes()
    {
        var catalog = Catalog.CatalogFixture.FromJson("""
            { "formatVersion": 1, "models": [ { "id": "nano-banana-2", "displayName": "Nano Banana 2", "category": "image", "modes": [
              { "id": "text-to-image", "displayName": "T2I", "apiModel": "nano-banana-2", "parameters": [
                  { "name": "prompt", "type": "string", "required": true } ] },
              { "id": "edit", "displayName": "Edit", "apiModel": "nano-banana-2", "parameters": [
                  { "name": "prompt", "type": "string", "required": true },
                  { "name": "image_input", "type": "url_list", "required": true },
                  { "name": "resolution", "type": "enum", "values": ["1K", "2K"] } ] } ] } ] }
            """);
        using var data = JsonDocument.Parse(SyncData.SchemaData("nano-banana-2", SyncData.Props("""
            { "prompt": { "type": "string" }, "image_input": { "type": "array", "items": { "type": "string" } },
              "resolution": { "type": "string", "enum": ["1K", "2K", "4K"] }, "aspect_ratio": { "type": "string" } }
            """), ["prompt"]));
        var schema = ModelSchemaReader.Read(data.RootElement, "nano-banana-2");

        var diff = Sync.Compare(catalog, new RemoteCatalog { Models = [Listed("nano-banana-2", ["Text to Image", "Image to Image"], schema: schema)] }, Now);

        var added = Assert.Single(diff.ParametersAdded);
        Assert.Equal("aspect_ratio", added.Parameter);
        Assert.Equal(["text-to-image", "edit"], added.ModeIds);
        var changed = Assert.Single(diff.ParametersChanged);
        Assert.Equal(("resolution", CatalogParameterAspect.AllowedValues, "edit"), (changed.Parameter, changed.Aspect, changed.ModeIds.Single()));
        Assert.Empty(diff.ParametersRemoved);
        Assert.Empty(diff.ModesAdded);
    }

    [Fact]
    public void A_key_that_differs_only_in_spaces_is_flagged_on_removal()
    {
        using var data = JsonDocument.Parse(SyncData.SchemaData(SyncData.NanoBanana, SyncData.Props("""
            { "prompt": { "type": "string" }, "output_format ": { "type": "string", "enum": ["png", "jpeg"] } }
            """), ["prompt"]));

        var diff = Sync.Compare(SyncData.Catalog, All(model => model == SyncData.NanoBanana ? Listed(model, schema: ModelSchemaReader.Read(data.RootElement, model)) : Listed(model)), Now);

        var removed = Assert.Single(diff.ParametersRemoved);
        Assert.Equal("KIE's schema has 'output_format ', which differs only in spaces or case; keys are sent verbatim.", removed.Note);
        Assert.Equal("output_format ", Assert.Single(diff.ParametersAdded).Parameter);
    }

    [Fact]
    public void A_degraded_model_is_a_health_warning_not_a_change()
    {
        var health = new KieModelHealth { Model = SyncData.KlingPro, Summary = KieHealthSummary.Summarise([new KieHealthPoint { SuccessRate = 0.4m }]) };

        var diff = Sync.Compare(SyncData.Catalog, All(model => model == SyncData.KlingPro ? Listed(model, health: health) : Listed(model)), Now);

        Assert.False(diff.HasChanges);
        var warning = Assert.Single(diff.HealthWarnings);
        Assert.Equal(("kling-2.1", 0.4m), (warning.ModelId, warning.Summary.RecentSuccessRate));
        Assert.Contains("! kling/v2-1-pro (kling-2.1): 40% recent success, threshold 80%", diff.ToText(), StringComparison.Ordinal);
    }
}
