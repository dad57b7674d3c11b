using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// The KIE Market model catalog: every model, its modes, parameters and prices. Immutable and thread-safe: load it once
/// (<see cref="LoadEmbedded"/>), share it, and derive corrected copies with <see cref="WithOverride"/>.
/// </summary>
/// <remarks>
/// KIE changes models and prices monthly, so the embedded catalog is a dated snapshot, not truth: a deployment
/// corrects it with an override file, and catalog sync reports the drift. Lookups by catalog id are case-insensitive;
/// lookups by API model id are exact (KIE expects ids verbatim).
/// </remarks>
public sealed partial class ModelCatalog
{
    private static readonly Lazy<ModelCatalog> Embedded = new(LoadEmbeddedCore, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JsonObject _document;
    private readonly Dictionary<string, KieModelInfo> _byId;
    private readonly Dictionary<string, List<(KieModelInfo Model, KieModelMode Mode)>> _byApiModel;

    private ModelCatalog(JsonObject document, IReadOnlyList<KieModelInfo> models, DateOnly? snapshotDate)
    {
        _document = document;
        Models = models;
        SnapshotDate = snapshotDate;
        _byId = new Dictionary<string, KieModelInfo>(StringComparer.OrdinalIgnoreCase);
        _byApiModel = new Dictionary<string, List<(KieModelInfo, KieModelMode)>>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            _byId.Add(model.Id, model);
            foreach (var mode in model.Modes)
            {
                // Several modes may share one API id (nano-banana-2 does text-to-image and edit; Seedance 2 does
                // text-, image- and reference-to-video): all are kept, in catalog order.
                if (!_byApiModel.TryGetValue(mode.ApiModel, out var sharing))
                {
                    sharing = [];
                    _byApiModel.Add(mode.ApiModel, sharing);
                }

                sharing.Add((model, mode));
            }
        }
    }

    /// <summary>Every model, in catalog order, enabled or not.</summary>
    public IReadOnlyList<KieModelInfo> Models { get; }

    /// <summary>The date the catalog describes (its <c>snapshotDate</c>), when given.</summary>
    public DateOnly? SnapshotDate { get; }

    /// <summary>The catalog embedded in the SDK, loaded once and cached.</summary>
    /// <returns>The shared embedded catalog.</returns>
    public static ModelCatalog LoadEmbedded() => Embedded.Value;

    /// <summary>Loads a catalog from JSON in the catalog format (<c>Catalog/Data/catalog.schema.json</c>).</summary>
    /// <param name="json">The JSON; read to the end, not disposed.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="KieCatalogFormatException">The JSON is malformed or breaks the format; the message names the path.</exception>
    public static ModelCatalog Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromDocument(CatalogDocument.Parse(json, "catalog"));
    }

    /// <summary>
    /// Returns a copy with an override file merged in, so a deployment can correct prices, add models or disable them
    /// without a release. The override has the catalog's shape, every part optional: models are matched by
    /// <c>id</c>, modes by <c>id</c>, parameters by <c>name</c>; a matched object's properties replace the catalog's
    /// (a <c>pricing</c> object replaces the mode's pricing property by property, its <c>rules</c> as a whole), and
    /// unmatched ones are added.
    /// </summary>
    /// <param name="overrideJson">The override JSON; read to the end, not disposed.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="KieCatalogFormatException">The override is malformed, or the merged catalog breaks the format.</exception>
    public ModelCatalog WithOverride(Stream overrideJson)
    {
        ArgumentNullException.ThrowIfNull(overrideJson);
        var patch = CatalogDocument.Parse(overrideJson, "override");
        JsonObject merged;
        // JsonNode trees build their children lazily on first read, so even reads of the shared document are serialised.
        lock (_document)
        {
            merged = CatalogMerger.Merge(_document, patch);
        }

        return FromDocument(merged);
    }

    /// <summary>The catalog as JSON in the catalog format (after any overrides), e.g. to save or diff it.</summary>
    /// <returns>Indented JSON text.</returns>
    public string ToJson()
    {
        lock (_document)
        {
            return CatalogDocument.Write(_document);
        }
    }

    /// <summary>Gets a model by catalog id (case-insensitive).</summary>
    /// <param name="id">The catalog id, e.g. <c>kling-2.6</c>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="KieUnknownModelException">No such model; the message lists the closest ids.</exception>
    public KieModelInfo GetModel(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGetModel(id, out var model) ? model : throw new KieUnknownModelException(id, SuggestModelIds(id));
    }

    /// <summary>Finds a model by catalog id (case-insensitive).</summary>
    /// <param name="id">The catalog id.</param>
    /// <param name="model">The model, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetModel(string id, [NotNullWhen(true)] out KieModelInfo? model)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id.Trim(), out model);
    }

    /// <summary>Lists the models of a category, in catalog order.</summary>
    /// <param name="category">The category.</param>
    /// <param name="includeDisabled">Whether disabled models are listed too; by default only enabled ones (for menus).</param>
    /// <returns>The models.</returns>
    public IEnumerable<KieModelInfo> ListByCategory(KieModelCategory category, bool includeDisabled = false) =>
        Models.Where(model => model.Category == category && (includeDisabled || model.Enabled));

    /// <summary>Lists a model's modes.</summary>
    /// <param name="modelId">The catalog id.</param>
    /// <returns>The modes, the default first.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    public IReadOnlyList<KieModelMode> ListModes(string modelId) => GetModel(modelId).Modes;

    /// <summary>Gets a mode of a model.</summary>
    /// <param name="modelId">The catalog id.</param>
    /// <param name="modeId">The mode id (case-insensitive).</param>
    /// <returns>The mode.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    public KieModelMode GetMode(string modelId, string modeId) => GetModel(modelId).GetMode(modeId);

    /// <summary>Finds the model and mode an API model id (as sent in createTask) belongs to.</summary>
    /// <param name="apiModelId">The API model id, exact (e.g. <c>kling-2.6/text-to-video</c>).</param>
    /// <param name="model">The model, when found.</param>
    /// <param name="mode">The mode, when found (the first declared, when several modes share the id).</param>
    /// <returns><see langword="true"/> when the id is catalogued.</returns>
    public bool TryFindByApiModel(string apiModelId, [NotNullWhen(true)] out KieModelInfo? model, [NotNullWhen(true)] out KieModelMode? mode)
    {
        ArgumentNullException.ThrowIfNull(apiModelId);
        if (_byApiModel.TryGetValue(apiModelId, out var found))
        {
            (model, mode) = found[0];
            return true;
        }

        model = null;
        mode = null;
        return false;
    }

    /// <summary>Every mode sent as an API model id, in catalog order (several when modes share one id).</summary>
    /// <param name="apiModelId">The API model id, exact.</param>
    /// <returns>The models and modes; empty when the id is not catalogued.</returns>
    internal IReadOnlyList<(KieModelInfo Model, KieModelMode Mode)> FindAllByApiModel(string apiModelId) =>
        _byApiModel.TryGetValue(apiModelId, out var found) ? found : [];

    /// <summary>The catalog ids closest to a text by edit distance (ignoring case), best first.</summary>
    /// <param name="id">The text, e.g. a mistyped id.</param>
    /// <param name="count">How many to return at most.</param>
    /// <returns>The closest ids.</returns>
    public IReadOnlyList<string> SuggestModelIds(string id, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return ClosestIds.Find(id, Models.Select(model => model.Id), count);
    }

    private static ModelCatalog FromDocument(JsonObject document)
    {
        var (models, snapshot) = CatalogReader.Read(document);
        return new ModelCatalog(document, models, snapshot);
    }

    private static ModelCatalog LoadEmbeddedCore()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded catalog resource '{EmbeddedResourceName}' is missing from {typeof(ModelCatalog).Assembly.GetName().Name}.");
        return Load(stream);
    }

    /// <summary>The manifest name of the embedded catalog (set in Kie.Sdk.csproj).</summary>
    internal const string EmbeddedResourceName = "Kie.Sdk.Catalog.catalog.json";
}
