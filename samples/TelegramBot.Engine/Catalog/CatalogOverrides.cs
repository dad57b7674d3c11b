using Kie.Sdk.Catalog;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// Rebuilds the live catalog: the embedded catalog with every persisted override applied, installed with
/// <see cref="LiveCatalog.Replace"/>. One override that no longer loads (say, after an SDK upgrade changed the format) is
/// logged and skipped rather than taking every other model off sale.
/// </summary>
public sealed partial class CatalogOverrides
{
    private readonly ModelCatalog _embedded;
    private readonly LiveCatalog _live;
    private readonly SyncedModelStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<CatalogOverrides> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the service.</summary>
    /// <param name="embedded">The embedded catalog (the base every override is applied to).</param>
    /// <param name="live">The live catalog to replace.</param>
    /// <param name="store">The persisted models.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public CatalogOverrides(ModelCatalog embedded, LiveCatalog live, SyncedModelStore store, TimeProvider time, ILogger<CatalogOverrides> logger)
    {
        _embedded = embedded;
        _live = live;
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Builds the catalog from the embedded one and the given models (skipping any that do not load).</summary>
    /// <param name="models">The persisted models.</param>
    /// <returns>The catalog.</returns>
    public ModelCatalog Build(IEnumerable<SyncedModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var catalog = _embedded;
        foreach (var model in models)
        {
            try
            {
                catalog = OverrideBuilder.Apply(catalog, model, today);
            }
            catch (Exception error) when (error is KieCatalogFormatException or FormatException or System.Text.Json.JsonException)
            {
                LogSkipped(error, model.ModelId);
            }
        }

        return catalog;
    }

    /// <summary>Reads every persisted model and installs the rebuilt catalog.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The catalog installed.</returns>
    public async Task<ModelCatalog> ApplyAsync(CancellationToken cancellationToken = default)
    {
        // Serialised so two admins' changes cannot install an older rebuild over a newer one.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var models = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
            if (models.Count == 0 && ReferenceEquals(_live.Current, _embedded))
            {
                // Nothing was ever synced in: the live catalog is already right, and its readers' caches stay valid.
                return _embedded;
            }

            var catalog = Build(models);
            _live.Replace(catalog);
            return catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The persisted catalog override of {ModelId} does not load; the model is left out")]
    private partial void LogSkipped(Exception error, string modelId);
}
