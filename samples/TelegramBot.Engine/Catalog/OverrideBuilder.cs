using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// Turns a <see cref="SyncedModel"/> into an override document in the SDK's catalog format: the model as the sync wrote
/// it, with the admin's category, a per-generation price rule and the enabled flag (on the model and every mode) laid
/// over it.
/// </summary>
public static class OverrideBuilder
{
    /// <summary>The override document (<c>{ "models": [ … ] }</c>) for one model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="today">The date stamped on an admin-supplied price.</param>
    /// <returns>The JSON text.</returns>
    public static string Build(SyncedModel model, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        var node = JsonNode.Parse(model.BaseJson)?.AsObject() ?? throw new FormatException($"The stored override of '{model.ModelId}' is not a JSON object.");
        node["id"] = model.ModelId;
        node["category"] = model.Category is { } category ? CategoryCodes.Code(category) : "unknown";
        node["enabled"] = model.Enabled;
        if (node["modes"] is JsonArray modes)
        {
            foreach (var mode in modes.OfType<JsonObject>())
            {
                mode["enabled"] = model.Enabled;
                if (model.Credits is { } credits)
                {
                    var pricing = mode["pricing"] as JsonObject ?? [];
                    pricing["source"] = "set by an admin in the bot (catalog sync)";
                    pricing["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    pricing["confidence"] = "exact";
                    pricing["rules"] = new JsonArray(new JsonObject { ["credits"] = credits, ["unit"] = "task" });
                    mode["pricing"] = pricing;
                }
            }
        }

        return new JsonObject { ["models"] = new JsonArray(node) }.ToJsonString();
    }

    /// <summary>Applies one model's override to a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="model">The model.</param>
    /// <param name="today">The date stamped on an admin-supplied price.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="KieCatalogFormatException">The override does not load (the message names the path).</exception>
    public static ModelCatalog Apply(ModelCatalog catalog, SyncedModel model, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(Build(model, today)));
        return catalog.WithOverride(json);
    }
}
