using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// The remote catalog of demo mode (no KIE key): every API model of the embedded catalog, with the entries of the bundled
/// <c>Catalog/demo-remote-models.json</c> laid over them (same model id replaced, new ids added), so a sync shows a real
/// diff — two new models and a changed price — without a network. Built from the embedded catalog at each read, so it
/// never reports the catalog's own models as removed.
/// </summary>
public sealed class DemoModelSource : IModelSource
{
    /// <summary>The manifest name of the bundled overlay.</summary>
    public const string ResourceName = "Catalog.demo-remote-models.json";

    private readonly ModelCatalog _embedded;

    /// <summary>Creates the source.</summary>
    /// <param name="embedded">The embedded catalog (not the live one: models the bot added must not list themselves).</param>
    public DemoModelSource(ModelCatalog embedded)
    {
        ArgumentNullException.ThrowIfNull(embedded);
        _embedded = embedded;
    }

    /// <inheritdoc />
    public Task<RemoteCatalog> ReadAsync(CancellationToken cancellationToken = default)
    {
        var entries = new List<JsonObject>();
        var byModel = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var apiModel in _embedded.Models.SelectMany(model => model.Modes).Select(mode => mode.ApiModel).Distinct(StringComparer.Ordinal))
        {
            byModel[apiModel] = entries.Count;
            entries.Add(new JsonObject { ["model"] = apiModel });
        }

        foreach (var overlay in ReadOverlay())
        {
            var id = overlay["model"]?.GetValue<string>() ?? throw new InvalidOperationException($"An entry of {ResourceName} has no model id.");
            if (byModel.TryGetValue(id, out var index))
            {
                entries[index] = overlay;
            }
            else
            {
                byModel[id] = entries.Count;
                entries.Add(overlay);
            }
        }

        var listing = new JsonArray([.. entries.Select(entry => (JsonNode)entry.DeepClone())]).ToJsonString();
        return JsonModelSource.FromJson(listing, "the demo remote catalog (embedded catalog + Catalog/demo-remote-models.json)").ReadAsync(cancellationToken);
    }

    private static IEnumerable<JsonObject> ReadOverlay()
    {
        using var stream = typeof(DemoModelSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var root = JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException($"{ResourceName} is not a JSON object.");
        return root["models"] is JsonArray models ? [.. models.OfType<JsonObject>().Select(model => (JsonObject)model.DeepClone())] : [];
    }
}
