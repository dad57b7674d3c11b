namespace Kie.Sdk.Catalog;

/// <summary>
/// Compares a local catalog with a remote listing by API model id (<see cref="KieModelMode.ApiModel"/>): the catalog
/// groups API ids into models and modes, the listing has one entry per API id.
/// </summary>
internal static class CatalogComparer
{
    public static CatalogDiff Compare(ModelCatalog catalog, RemoteCatalog remote, DateTimeOffset comparedAt)
    {
        var remoteById = new Dictionary<string, RemoteModel>(StringComparer.Ordinal);
        foreach (var model in remote.Models)
        {
            remoteById.TryAdd(model.Model, model);
        }

        var local = new Dictionary<string, List<(KieModelInfo Model, KieModelMode Mode)>>(StringComparer.Ordinal);
        foreach (var model in catalog.Models)
        {
            foreach (var mode in model.Modes)
            {
                if (!local.TryGetValue(mode.ApiModel, out var sharing))
                {
                    local[mode.ApiModel] = sharing = [];
                }

                sharing.Add((model, mode));
            }
        }

        var notes = new List<CatalogSyncNote>();
        var (modelsRemoved, modesRemoved) = remote.IsComplete ? Removed(catalog, remoteById) : ([], []);
        if (!remote.IsComplete)
        {
            notes.Add(new CatalogSyncNote { Message = "The remote listing was filtered, so catalog models missing from it are not reported as removed." });
        }

        var taken = new HashSet<string>(catalog.Models.Select(model => model.Id), StringComparer.OrdinalIgnoreCase);
        var modelsAdded = new List<CatalogModelAdded>();
        var modesAdded = new List<CatalogModeChange>();
        var parametersAdded = new List<CatalogParameterChange>();
        var parametersRemoved = new List<CatalogParameterChange>();
        var parametersChanged = new List<CatalogParameterChange>();
        var prices = new List<CatalogPriceChange>();
        var health = new List<CatalogHealthWarning>();
        foreach (var model in remoteById.Values)
        {
            if (model.Note is { } note)
            {
                notes.Add(new CatalogSyncNote { ApiModel = model.Model, Message = note });
            }

            if (!local.TryGetValue(model.Model, out var sharing))
            {
                modelsAdded.Add(new CatalogModelAdded
                {
                    Remote = model,
                    SuggestedId = CatalogIds.Suggest(model.Model, taken),
                    LikelyFamily = CatalogIds.LikelyFamily(model.Model, catalog.Models),
                });
            }
            else
            {
                CompareCatalogued(model, sharing, modesAdded, parametersAdded, parametersRemoved, parametersChanged, prices, notes);
            }

            if (model.Health?.Summary is { IsDegraded: true } summary)
            {
                health.Add(new CatalogHealthWarning { ApiModel = model.Model, ModelId = sharing?[0].Model.Id, Summary = summary });
            }
        }

        return new CatalogDiff
        {
            Source = remote.Source,
            ComparedAt = comparedAt,
            RemoteIsComplete = remote.IsComplete,
            LocalModelCount = catalog.Models.Count,
            RemoteModelCount = remoteById.Count,
            ModelsAdded = modelsAdded.AsReadOnly(),
            ModelsRemoved = modelsRemoved,
            ModesAdded = modesAdded.AsReadOnly(),
            ModesRemoved = modesRemoved,
            ParametersAdded = parametersAdded.AsReadOnly(),
            ParametersRemoved = parametersRemoved.AsReadOnly(),
            ParametersChanged = parametersChanged.AsReadOnly(),
            PriceTextsChanged = prices.AsReadOnly(),
            Notes = notes.AsReadOnly(),
            HealthWarnings = health.AsReadOnly(),
        };
    }

    private static void CompareCatalogued(
        RemoteModel model,
        List<(KieModelInfo Model, KieModelMode Mode)> sharing,
        List<CatalogModeChange> modesAdded,
        List<CatalogParameterChange> parametersAdded,
        List<CatalogParameterChange> parametersRemoved,
        List<CatalogParameterChange> parametersChanged,
        List<CatalogPriceChange> prices,
        List<CatalogSyncNote> notes)
    {
        var modelId = sharing[0].Model.Id;
        foreach (var taskType in model.Listing.TaskTypes.Where(taskType => !TaskTypeMatcher.IsCovered(taskType, sharing.Select(pair => pair.Mode.Id))))
        {
            modesAdded.Add(new CatalogModeChange { ModelId = modelId, ApiModel = model.Model, TaskType = taskType });
        }

        switch (model.Schema)
        {
            case { IsAvailable: true } schema:
                ParameterComparer.Compare(model.Model, sharing, schema, parametersAdded, parametersRemoved, parametersChanged);
                break;
            case { } unavailable:
                notes.Add(new CatalogSyncNote
                {
                    ApiModel = model.Model,
                    ModelId = modelId,
                    Message = unavailable.OpenApi is null
                        ? "KIE has no schema for this model yet (openapi is null); parameters not compared."
                        : "KIE's schema has no readable 'input' object; parameters not compared.",
                });
                break;
        }

        foreach (var warning in model.Schema?.Warnings ?? [])
        {
            notes.Add(new CatalogSyncNote { ApiModel = model.Model, ModelId = modelId, Message = "Schema: " + warning });
        }

        if (!string.IsNullOrWhiteSpace(model.PricingDescription))
        {
            PriceComparer.Compare(model.Model, sharing, model.PricingDescription.Trim(), prices, notes);
        }
    }

    private static (IReadOnlyList<CatalogModelRemoved>, IReadOnlyList<CatalogModeChange>) Removed(ModelCatalog catalog, Dictionary<string, RemoteModel> remote)
    {
        var models = new List<CatalogModelRemoved>();
        var modes = new List<CatalogModeChange>();
        foreach (var model in catalog.Models)
        {
            var missing = model.Modes.Where(mode => !remote.ContainsKey(mode.ApiModel)).ToList();
            if (missing.Count == model.Modes.Count)
            {
                models.Add(new CatalogModelRemoved
                {
                    ModelId = model.Id,
                    DisplayName = model.DisplayName,
                    Enabled = model.Enabled,
                    ApiModels = [.. model.Modes.Select(mode => mode.ApiModel).Distinct(StringComparer.Ordinal)],
                });
                continue;
            }

            modes.AddRange(missing.Select(mode => new CatalogModeChange { ModelId = model.Id, ModeId = mode.Id, ApiModel = mode.ApiModel, Enabled = mode.Enabled }));
        }

        return (models.AsReadOnly(), modes.AsReadOnly());
    }
}
