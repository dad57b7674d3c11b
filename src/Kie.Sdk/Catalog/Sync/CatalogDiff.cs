namespace Kie.Sdk.Catalog;

/// <summary>
/// What differs between the local catalog and a remote source, for an administrator to review: models and modes added
/// and removed, parameters added, removed and changed, price texts that name amounts the catalog lacks. Produced by
/// <see cref="CatalogSync"/>; nothing in it is applied automatically. A failed sync throws instead of returning an
/// empty diff, so an empty diff means "no change".
/// </summary>
public sealed record CatalogDiff
{
    /// <summary>Where the remote catalog was read from.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>When the comparison ran.</summary>
    public DateTimeOffset ComparedAt { get; init; }

    /// <summary>Whether the remote listing was complete; when not, nothing is reported as removed.</summary>
    public bool RemoteIsComplete { get; init; } = true;

    /// <summary>How many models the local catalog has.</summary>
    public int LocalModelCount { get; init; }

    /// <summary>How many models (API ids) the remote source listed.</summary>
    public int RemoteModelCount { get; init; }

    /// <summary>Remote API ids no local mode sends.</summary>
    public IReadOnlyList<CatalogModelAdded> ModelsAdded { get; init; } = [];

    /// <summary>Catalog models none of whose API ids is listed any more.</summary>
    public IReadOnlyList<CatalogModelRemoved> ModelsRemoved { get; init; } = [];

    /// <summary>Task types KIE lists for a catalogued API id that no local mode covers.</summary>
    public IReadOnlyList<CatalogModeChange> ModesAdded { get; init; } = [];

    /// <summary>Local modes whose API id is not listed while other modes of their model are.</summary>
    public IReadOnlyList<CatalogModeChange> ModesRemoved { get; init; } = [];

    /// <summary>Parameters KIE's schema has that the catalog lacks.</summary>
    public IReadOnlyList<CatalogParameterChange> ParametersAdded { get; init; } = [];

    /// <summary>Parameters the catalog has that KIE's schema lacks.</summary>
    public IReadOnlyList<CatalogParameterChange> ParametersRemoved { get; init; } = [];

    /// <summary>Parameters whose type, required flag, allowed values, minimum or maximum differ.</summary>
    public IReadOnlyList<CatalogParameterChange> ParametersChanged { get; init; } = [];

    /// <summary>Price texts that name credit amounts the catalog's rules do not produce.</summary>
    public IReadOnlyList<CatalogPriceChange> PriceTextsChanged { get; init; } = [];

    /// <summary>What could not be compared (no schema, price text without amounts) and warnings about the remote data.</summary>
    public IReadOnlyList<CatalogSyncNote> Notes { get; init; } = [];

    /// <summary>Remote models whose recent success rate is degraded (only when the source read health). Not counted as changes.</summary>
    public IReadOnlyList<CatalogHealthWarning> HealthWarnings { get; init; } = [];

    /// <summary><see langword="true"/> when anything was added, removed or changed (notes and health warnings do not count).</summary>
    public bool HasChanges =>
        ModelsAdded.Count + ModelsRemoved.Count + ModesAdded.Count + ModesRemoved.Count +
        ParametersAdded.Count + ParametersRemoved.Count + ParametersChanged.Count + PriceTextsChanged.Count > 0;

    /// <summary>The report as plain text for people: a summary line, then one section per kind of change.</summary>
    /// <returns>The report.</returns>
    public string ToText() => DiffTextWriter.Write(this);

    /// <summary>The report as indented JSON, for tools and archives.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => DiffJsonWriter.Write(this);

    /// <summary>
    /// An override document in the catalog format (<see cref="ModelCatalog.WithOverride"/>) that adds each model of
    /// <see cref="ModelsAdded"/> disabled, in category <c>unknown</c>, with the parameters KIE's schema gives and no
    /// price (confidence <c>unknown</c>, KIE's price text kept for review). It touches no existing model: no price and no
    /// enabled flag changes. Enable a model by editing the override once its category and price are supplied.
    /// </summary>
    /// <returns>Indented JSON; <c>{ "models": [] }</c> when nothing was added.</returns>
    public string ToOverrideJson() => OverrideWriter.Write(this);
}
