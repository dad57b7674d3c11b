using Sync = Kie.Sdk.Catalog.CatalogSync;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Tests.Contract;
using WireMock.Server;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>Syncing from a saved listing: a file, a stream, or a URL.</summary>
public sealed class JsonModelSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kie-sync-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A saved listing envelope in which each entry carries its schema answer, as a snapshot tool would save it.</summary>
    private static string Snapshot(Action<Dictionary<string, JsonObject>>? change = null)
    {
        var listing = SyncData.Listing();
        var inputs = SyncData.Inputs();
        foreach (var (model, entry) in listing)
        {
            entry["schema"] = JsonNode.Parse(SyncData.SchemaData(model, inputs[model].Properties, inputs[model].Required));
        }

        change?.Invoke(listing);
        return SyncData.Envelope(SyncData.ListingData(listing.Values));
    }

    [Fact]
    public async Task A_file_in_the_listing_shape_syncs_like_the_endpoints()
    {
        var path = Path.Combine(_folder, "models.json");
        await File.WriteAllTextAsync(path, Snapshot(listing => listing[SyncData.KlingImage]["schema"]!["openapi"]!["components"]!["schemas"]!["Create Task Request "]!["properties"]!["input"]!["properties"]!.AsObject().Remove("duration")));

        var diff = await new Sync(SyncData.Catalog, JsonModelSource.FromFile(path)).CompareAsync();

        var removed = Assert.Single(diff.ParametersRemoved);
        Assert.Equal((SyncData.KlingImage, "duration"), (removed.ApiModel, removed.Parameter));
        Assert.Equal(path, diff.Source);
        Assert.Single(diff.ParametersRemoved);
        Assert.Empty(diff.ParametersChanged);
        Assert.Empty(diff.ParametersAdded);
        Assert.Empty(diff.ModelsAdded);
    }

    [Fact]
    public async Task A_bare_array_without_schemas_compares_models_and_prices_only()
    {
        var entries = new JsonArray([.. SyncData.Listing().Values.Select(entry => (JsonNode?)entry)]);
        var source = JsonModelSource.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(entries.ToJsonString())), "models.json");

        var diff = await new Sync(SyncData.Catalog, source).CompareAsync();
        var again = await source.ReadAsync();

        Assert.False(diff.HasChanges, diff.ToText());
        Assert.Empty(diff.Notes);
        Assert.Equal(4, again.Models.Count);
    }

    [Fact]
    public async Task A_saved_rate_limit_envelope_fails_the_sync()
    {
        var source = JsonModelSource.FromJson(SyncData.Envelope("null", 429, SyncData.TooFrequent));

        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => new Sync(SyncData.Catalog, source).CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.RateLimited, error.Reason);
    }

    [Fact]
    public async Task Broken_json_and_a_missing_file_fail_the_sync_with_the_reason()
    {
        var broken = await Assert.ThrowsAsync<KieCatalogSyncException>(() => new Sync(SyncData.Catalog, JsonModelSource.FromJson("{ \"models\": [")).CompareAsync());
        var missing = await Assert.ThrowsAsync<KieCatalogSyncException>(() => new Sync(SyncData.Catalog, JsonModelSource.FromFile(Path.Combine(_folder, "none.json"))).CompareAsync());

        Assert.Equal(KieCatalogSyncFailure.MalformedListing, broken.Reason);
        Assert.Contains("is not valid JSON", broken.Message, StringComparison.Ordinal);
        Assert.Equal(KieCatalogSyncFailure.SourceUnavailable, missing.Reason);
        Assert.IsType<FileNotFoundException>(missing.InnerException);
    }

    [Fact]
    public async Task A_url_is_fetched_without_the_api_key_and_an_error_status_fails_the_sync()
    {
        using var server = WireMockServer.Start();
        server.Stub(Wire.Get("/mirror/models.json"), Wire.Reply(200, Snapshot()));
        server.Stub(Wire.Get("/mirror/gone.json"), Wire.Reply(503, "busy", "text/plain"));
        using var http = new HttpClient();

        var diff = await new Sync(SyncData.Catalog, JsonModelSource.FromUrl(new Uri(server.Url + "/mirror/models.json"), http)).CompareAsync();
        var error = await Assert.ThrowsAsync<KieCatalogSyncException>(() => new Sync(SyncData.Catalog, JsonModelSource.FromUrl(new Uri(server.Url + "/mirror/gone.json"), http)).CompareAsync());

        Assert.False(diff.HasChanges, diff.ToText());
        Assert.Null(server.Received("/mirror/models.json").Single().Header("Authorization"));
        Assert.Equal(KieCatalogSyncFailure.SourceUnavailable, error.Reason);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.HttpStatus);
        Assert.True(error.IsTransient);
    }
}
