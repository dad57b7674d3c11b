using Sync = Kie.Sdk.Catalog.CatalogSync;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Http;
using Kie.Sdk.Tests.Behaviour;
using Kie.Sdk.Tests.Contract;
using WireMock.Server;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>
/// A WireMock KIE serving the model endpoints, and a client on it whose lookup limiter runs on a test clock (driven by
/// <see cref="TestClock.RunAsync{T}"/>) while retries and attempt timeouts run on real time with a 1 ms base delay.
/// </summary>
internal sealed class SyncServer : IDisposable
{
    private readonly HttpClient _http;

    public SyncServer(int maxRetries = 1)
    {
        Server = WireMockServer.Start();
        Options = new KieClientOptions
        {
            ApiKey = "kie-sync-key",
            BaseUrl = new Uri(Server.Url!),
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            CreateRateLimit = 0,
        };
        _http = new HttpClient(KieResilience.CreateHandler(Options, TimeProvider.System, new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        Client = new KieClient(_http, Options, Clock);
    }

    public WireMockServer Server { get; }

    public KieClientOptions Options { get; }

    public TestClock Clock { get; } = new();

    public KieClient Client { get; }

    /// <summary>Serves the listing and every schema, agreeing with <see cref="SyncData.Catalog"/> unless changed.</summary>
    public void ServeAgreeing(
        Action<Dictionary<string, JsonObject>>? changeListing = null,
        Action<Dictionary<string, (JsonObject Properties, string[] Required)>>? changeInputs = null)
    {
        var listing = SyncData.Listing();
        changeListing?.Invoke(listing);
        ServeListing(SyncData.Envelope(SyncData.ListingData(listing.Values)));
        var inputs = SyncData.Inputs();
        changeInputs?.Invoke(inputs);
        foreach (var model in listing.Keys)
        {
            var data = inputs.TryGetValue(model, out var input)
                ? SyncData.SchemaData(model, input.Properties, input.Required)
                : $$"""{"model":"{{model}}","openapi":null}""";
            Server.Stub(Wire.Get($"/api/v1/models/{model}/schema"), Wire.Reply(200, SyncData.Envelope(data)));
        }
    }

    public void ServeListing(string body, int status = 200) => Server.Stub(Wire.Get("/api/v1/models"), Wire.Reply(status, body));

    /// <summary>Runs a sync of <see cref="SyncData.Catalog"/> against the endpoints, driving the test clock.</summary>
    public Task<CatalogDiff> CompareAsync(KieApiModelSourceOptions? options = null, ModelCatalog? catalog = null) =>
        Clock.RunAsync(() => new Sync(catalog ?? SyncData.Catalog, new KieApiModelSource(Client, options), Clock).CompareAsync());

    public IReadOnlyList<string> Paths() => [.. Server.ReceivedAll().Select(message => message.Path)];

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
