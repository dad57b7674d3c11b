using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// Runs one sync: compares the live catalog with the model source (the SDK's <see cref="CatalogSync"/>), stores the
/// models it lacks as disabled overrides, and rebuilds the live catalog so they are known (still not on sale). Nothing
/// else is applied: price and parameter drift is only reported.
/// </summary>
public sealed class CatalogSyncRunner
{
    private readonly LiveCatalog _live;
    private readonly IModelSource _source;
    private readonly SyncedModelStore _store;
    private readonly CatalogOverrides _overrides;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Creates the runner.</summary>
    /// <param name="live">The live catalog (what is compared).</param>
    /// <param name="source">The remote model source.</param>
    /// <param name="store">Where new models are stored.</param>
    /// <param name="overrides">Rebuilds the live catalog.</param>
    /// <param name="time">The clock.</param>
    public CatalogSyncRunner(LiveCatalog live, IModelSource source, SyncedModelStore store, CatalogOverrides overrides, TimeProvider time)
    {
        _live = live;
        _source = source;
        _store = store;
        _overrides = overrides;
        _time = time;
    }

    /// <summary>Runs a sync unless one is running already.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report, or <see langword="null"/> when another sync is running.</returns>
    /// <exception cref="KieCatalogSyncException">The source failed.</exception>
    public async Task<CatalogSyncReport?> TryRunAsync(CancellationToken cancellationToken = default)
    {
        if (!await _running.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var diff = await new CatalogSync(_live.Current, _source, _time).CompareAsync(cancellationToken).ConfigureAwait(false);
            var found = Found(diff.ToOverrideJson());
            var added = found.Count == 0 ? [] : await _store.AddAsync(found, cancellationToken).ConfigureAwait(false);
            if (added.Count > 0)
            {
                await _overrides.ApplyAsync(cancellationToken).ConfigureAwait(false);
            }

            var stored = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
            return new CatalogSyncReport(diff, added, [.. stored.Where(model => !model.Enabled)], Signature(diff, stored));
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>The models of an override document, each with its API id and its own JSON.</summary>
    /// <param name="overrideJson">The document from <see cref="CatalogDiff.ToOverrideJson"/>.</param>
    /// <returns>The models.</returns>
    internal static IReadOnlyList<FoundModel> Found(string overrideJson)
    {
        var models = JsonNode.Parse(overrideJson)?["models"] as JsonArray ?? [];
        var found = new List<FoundModel>();
        foreach (var model in models.OfType<JsonObject>())
        {
            var id = model["id"]?.GetValue<string>();
            var apiModel = (model["modes"] as JsonArray)?.OfType<JsonObject>().Select(mode => mode["apiModel"]?.GetValue<string>()).FirstOrDefault(api => !string.IsNullOrEmpty(api));
            if (!string.IsNullOrEmpty(id) && apiModel is not null)
            {
                found.Add(new FoundModel(id, apiModel, model.ToJsonString()));
            }
        }

        return found;
    }

    /// <summary>
    /// Hashes the diff without its time and local model count, with new models named by API id together with every model
    /// stored before: storing the models a diff found does not make the next diff read as a change.
    /// </summary>
    private static string Signature(CatalogDiff diff, IReadOnlyList<SyncedModel> stored)
    {
        var json = JsonNode.Parse(diff.ToJson())!.AsObject();
        json.Remove("comparedAt");
        json.Remove("localModelCount");
        json.Remove("hasChanges");
        json.Remove("modelsAdded");

        // A stored model still waiting for an admin differs from KIE (no price yet) until it is completed; that is what
        // "newModels" already says, so its entries do not count again.
        var pending = stored.Where(model => !model.Enabled).Select(model => model.ModelId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, value) in json.ToList())
        {
            if (value is JsonArray items)
            {
                foreach (var item in items.OfType<JsonObject>().Where(item => item["modelId"] is JsonValue id && id.TryGetValue<string>(out var text) && pending.Contains(text)).ToList())
                {
                    items.Remove(item);
                }
            }
        }

        var known = diff.ModelsAdded.Select(added => added.ApiModel).Concat(stored.Select(model => model.ApiModel)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        json["newModels"] = new JsonArray([.. known.Select(api => (JsonNode)JsonValue.Create(api))]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToJsonString())));
    }
}
