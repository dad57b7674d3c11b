using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Tests.Contract;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>Catalog sync against WireMock-served model endpoints: each kind of drift, and each way a sync fails.</summary>
public sealed class CatalogSyncWireTests : IDisposable
{
    private readonly SyncServer _kie = new();

    public void Dispose() => _kie.Dispose();

    [Fact]
    public async Task An_agreeing_listing_gives_no_changes_after_reading_every_schema_at_its_literal_path()
    {
        _kie.ServeAgreeing();

        var diff = await _kie.CompareAsync();

        Assert.False(diff.HasChanges, diff.ToText());
        Assert.Empty(diff.Notes);
        Assert.Equal((4, 3), (diff.RemoteModelCount, diff.LocalModelCount));
        Assert.StartsWith("No changes.", diff.ToText().Split(Environment.NewLine)[2], StringComparison.Ordinal);
        Assert.Equal(
            ["/api/v1/models", .. SyncData.ApiModels.Select(model => $"/api/v1/models/{model}/schema")],
            _kie.Paths());
        Assert.All(_kie.Server.ReceivedAll(), message => Assert.Equal("Bearer kie-sync-key", message.Header("Authorization")));
    }

    [Fact]
    public async Task A_model_KIE_lists_but_no_mode_sends_is_added_with_its_schema()
    {
        _kie.ServeAgreeing(
            listing => listing["kling/v3-turbo-text-to-video"] = SyncData.Entry("kling/v3-turbo-text-to-video", "Kling V3 Turbo", "Kling", ["Text to Video"], "A 5-second video costs 40 credits."),
            inputs => inputs["kling/v3-turbo-text-to-video"] = (SyncData.Props("""{ "prompt": { "type": "string" } }"""), ["prompt"]));

        var diff = await _kie.CompareAsync();

        var added = Assert.Single(diff.ModelsAdded);
        Assert.Equal("kling/v3-turbo-text-to-video", added.ApiModel);
        Assert.Equal("kling-v3-turbo-text-to-video", added.SuggestedId);
        Assert.Equal("A 5-second video costs 40 credits.", added.Remote.PricingDescription);
        Assert.Equal("prompt", Assert.Single(added.Remote.Schema!.Parameters).Name);
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.ModelsRemoved);
        Assert.Empty(diff.PriceTextsChanged);
        Assert.Contains("+ kling/v3-turbo-text-to-video \"Kling V3 Turbo\" (Kling; Text to Video) → catalog id 'kling-v3-turbo-text-to-video'", diff.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_family_whose_ids_are_all_gone_is_removed_and_a_lone_missing_id_removes_its_mode()
    {
        _kie.ServeAgreeing(listing =>
        {
            listing.Remove(SyncData.KlingPro);
            listing.Remove(SyncData.KlingImage);
        });

        var diff = await _kie.CompareAsync();

        var removed = Assert.Single(diff.ModelsRemoved);
        Assert.Equal(("kling-2.1", true), (removed.ModelId, removed.Enabled));
        Assert.Equal([SyncData.KlingPro], removed.ApiModels);
        var mode = Assert.Single(diff.ModesRemoved);
        Assert.Equal(("kling-2.6", "image-to-video", SyncData.KlingImage), (mode.ModelId, mode.ModeId, mode.ApiModel));
        Assert.Empty(diff.ModelsAdded);
        Assert.DoesNotContain(_kie.Paths(), path => path.Contains("v2-1-pro", StringComparison.Ordinal));
        Assert.Contains("- kling-2.1 \"Kling 2.1\" (kling/v2-1-pro) — still enabled locally", diff.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_parameters_are_reported_by_aspect_added_and_removed()
    {
        _kie.ServeAgreeing(changeInputs: inputs =>
        {
            inputs[SyncData.KlingText] = (SyncData.Props("""
                { "prompt": { "type": "string" },
                  "duration": { "type": "string", "enum": ["5", "10", "15"] },
                  "cfg_scale": { "type": "number", "minimum": 0, "maximum": 1 } }
                """), ["prompt"]);
            inputs[SyncData.KlingPro] = (SyncData.Props("""
                { "prompt": { "type": "string" },
                  "image_url": { "type": "string", "format": "uri" },
                  "duration": { "type": "integer", "enum": [5, 10] } }
                """), ["prompt"]);
        });

        var diff = await _kie.CompareAsync();

        var added = Assert.Single(diff.ParametersAdded);
        Assert.Equal((SyncData.KlingText, "cfg_scale", "number, optional, 0–1"), (added.ApiModel, added.Parameter, added.Remote));
        var removed = Assert.Single(diff.ParametersRemoved);
        Assert.Equal((SyncData.KlingText, "sound", "text-to-video"), (removed.ApiModel, removed.Parameter, removed.ModeIds.Single()));
        Assert.Collection(
            diff.ParametersChanged,
            values =>
            {
                Assert.Equal((SyncData.KlingText, "duration", CatalogParameterAspect.AllowedValues), (values.ApiModel, values.Parameter, values.Aspect));
                Assert.Equal(("5, 10", "5, 10, 15", "KIE adds 15"), (values.Local, values.Remote, values.Note));
            },
            required => Assert.Equal(("image_url", CatalogParameterAspect.Required, "required", "optional"), (required.Parameter, required.Aspect, required.Local, required.Remote)),
            type => Assert.Equal(("duration", CatalogParameterAspect.Type, "enum", "integer"), (type.Parameter, type.Aspect, type.Local, type.Remote)));
        Assert.Empty(diff.ModelsAdded);
        Assert.Contains("~ kling-2.6 [text-to-video] (kling-2.6/text-to-video) 'duration' allowed values: local 5, 10 → KIE 5, 10, 15 (KIE adds 15)", diff.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_price_text_naming_amounts_the_rules_do_not_give_is_reported_with_both_texts()
    {
        _kie.ServeAgreeing(listing => listing[SyncData.KlingPro]["pricingDesc"] = "5 s video 60 credits, 10 s video 120 credits ($0.60)");

        var diff = await _kie.CompareAsync();

        var price = Assert.Single(diff.PriceTextsChanged);
        Assert.Equal(("kling-2.1", SyncData.KlingPro), (price.ModelId, price.ApiModel));
        Assert.Equal("50 / 100", price.LocalText);
        Assert.Equal("100 credits if duration=10; 50 credits", price.LocalRules);
        Assert.Equal("5 s video 60 credits, 10 s video 120 credits ($0.60)", price.RemoteText);
        Assert.Equal([60m, 120m], price.UnmatchedCredits);
        Assert.Equal([50m, 100m], price.LocalCredits);
        var text = diff.ToText();
        Assert.Contains("    local: 50 / 100 (rules: 100 credits if duration=10; 50 credits)", text, StringComparison.Ordinal);
        Assert.Contains("    KIE:   5 s video 60 credits, 10 s video 120 credits ($0.60)", text, StringComparison.Ordinal);
        Assert.Empty(diff.ParametersChanged);
    }

    [Fact]
    public async Task Rate_limit_429_inside_a_200_on_the_listing_is_a_sync_error_not_an_empty_diff()
    {
        _kie.ServeListing(SyncData.Envelope("null", 429, SyncData.TooFrequent));

        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => _kie.CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.RateLimited, error.Reason);
        Assert.True(error.IsTransient);
        Assert.IsType<KieRateLimitException>(error.InnerException);
        Assert.Equal((System.Net.HttpStatusCode.OK, 429), (error.HttpStatus, error.KieCode));
        Assert.Contains("retry later", error.Message, StringComparison.Ordinal);
        Assert.Contains(SyncData.TooFrequent, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _kie.Server.Received("/api/v1/models").Count);
    }

    [Fact]
    public async Task Rate_limit_on_a_schema_lookup_fails_the_whole_sync()
    {
        _kie.ServeAgreeing();
        _kie.Server.Stub(Wire.Get($"/api/v1/models/{SyncData.NanoBanana}/schema"), Wire.Reply(200, SyncData.Envelope("null", 429, SyncData.TooFrequent)));

        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => _kie.CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.RateLimited, error.Reason);
        Assert.IsType<KieRateLimitException>(error.InnerException);
    }

    [Theory]
    [InlineData(200, "<html><body>Bad gateway</body></html>")]
    [InlineData(200, """{"code":200,"msg":"success","data":{"total":2,"models":"kling"}}""")]
    [InlineData(200, """{"code":200,"msg":"success","data":{"total":1,"models":[{"title":"No id"}]}}""")]
    [InlineData(200, """{"code":200,"msg":"success","data":{"total":1,"models":["kling/v2-1-pro"]}}""")]
    [InlineData(200, """{"code":200,"msg":"success","data":null}""")]
    public async Task A_malformed_listing_is_a_sync_error(int status, string body)
    {
        _kie.ServeListing(body, status);

        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => _kie.CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.MalformedListing, error.Reason);
        Assert.IsType<KieInvalidResponseException>(error.InnerException);
    }

    [Fact]
    public async Task An_empty_listing_against_a_non_empty_catalog_is_a_sync_error()
    {
        _kie.ServeListing(SyncData.Envelope("""{"total":0,"models":[]}"""));

        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => _kie.CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.EmptyListing, error.Reason);
        Assert.Contains("listed no models while the local catalog has 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_a_sync_error_with_the_cause()
    {
        _kie.ServeListing(SyncData.Envelope("null", 500, "Internal error"), status: 500);

        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => _kie.CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.SourceUnavailable, error.Reason);
        Assert.IsType<KieServiceUnavailableException>(error.InnerException);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_filtered_read_reports_no_removals()
    {
        var listing = SyncData.Listing();
        _kie.Server.Stub(Wire.Get("/api/v1/models").WithParam("provider", "Google"), Wire.Reply(200, SyncData.Envelope(SyncData.ListingData([listing[SyncData.NanoBanana]]))));
        _kie.Server.Stub(Wire.Get($"/api/v1/models/{SyncData.NanoBanana}/schema"), Wire.Reply(200, SyncData.Envelope("""{"model":"google/nano-banana","openapi":null}""")));

        var diff = await _kie.CompareAsync(new KieApiModelSourceOptions { Query = new KieModelQuery { Provider = "Google" } });

        Assert.False(diff.HasChanges);
        Assert.False(diff.RemoteIsComplete);
        Assert.Contains(diff.Notes, note => note.ApiModel == SyncData.NanoBanana && note.Message.Contains("openapi is null", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lookups_keep_the_slash_of_a_model_id_literal()
    {
        _kie.Server.Stub(Wire.Get("/api/v1/models/kling/v2-1-pro/price"), Wire.Reply(200, SyncData.Envelope("""{"model":"kling/v2-1-pro","pricingDesc":"5 s video 50 credits"}""")));

        var price = await _kie.Clock.RunAsync(() => _kie.Client.GetModelPriceAsync("kling/v2-1-pro"));

        Assert.Equal(("kling/v2-1-pro", "5 s video 50 credits"), (price.Model, price.PricingDescription));
        var request = Assert.Single(_kie.Server.ReceivedAll());
        Assert.Equal("/api/v1/models/kling/v2-1-pro/price", request.Path);
        Assert.DoesNotContain("%2F", request.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_model_is_a_clear_not_found_error()
    {
        _kie.Server.Stub(Wire.Get("/api/v1/models/kling/v9-imaginary/schema"), Wire.Reply(404, SyncData.Envelope("null", 404, "model name kling/v9-imaginary not supported")));

        var error = await Assert.ThrowsAsync<KieModelNotFoundException>(() => _kie.Clock.RunAsync(() => _kie.Client.GetModelSchemaAsync("kling/v9-imaginary")));

        Assert.Equal("kling/v9-imaginary", error.Model);
        Assert.False(error.IsTransient);
        Assert.Equal("KIE does not know the model 'kling/v9-imaginary': HTTP 404, KIE code 404 (model name kling/v9-imaginary not supported).", error.Message);
        Assert.Single(_kie.Server.ReceivedAll());
    }

    [Fact]
    public async Task A_listed_model_whose_schema_is_unknown_is_noted_not_fatal()
    {
        _kie.ServeAgreeing();
        _kie.Server.Stub(Wire.Get($"/api/v1/models/{SyncData.NanoBanana}/schema"), Wire.Reply(200, SyncData.Envelope("null", 404, "model name not supported")));

        var diff = await _kie.CompareAsync();

        Assert.False(diff.HasChanges);
        Assert.Contains(diff.Notes, note => note.ApiModel == SyncData.NanoBanana && note.Message.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_listing_entry_without_price_text_asks_the_price_endpoint()
    {
        _kie.ServeAgreeing(listing => listing[SyncData.NanoBanana]["pricingDesc"] = null);
        _kie.Server.Stub(Wire.Get($"/api/v1/models/{SyncData.NanoBanana}/price"), Wire.Reply(200, SyncData.Envelope("""{"model":"google/nano-banana","pricingDesc":"6 credits per image"}""")));

        var diff = await _kie.CompareAsync();

        Assert.Equal([6m], Assert.Single(diff.PriceTextsChanged).UnmatchedCredits);
        Assert.Single(_kie.Server.Received($"/api/v1/models/{SyncData.NanoBanana}/price"));
    }
}
