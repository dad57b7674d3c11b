namespace Kie.Sdk.Catalog;

/// <summary>A parameter added, removed or changed between the catalog and KIE's schema for one API model id.</summary>
public sealed record CatalogParameterChange
{
    /// <summary>The API model id.</summary>
    public string ApiModel { get; init; } = string.Empty;

    /// <summary>The catalog model id.</summary>
    public string ModelId { get; init; } = string.Empty;

    /// <summary>The local modes concerned (several when modes share the API id).</summary>
    public IReadOnlyList<string> ModeIds { get; init; } = [];

    /// <summary>The input key, verbatim.</summary>
    public string Parameter { get; init; } = string.Empty;

    /// <summary>What differs.</summary>
    public CatalogParameterAspect Aspect { get; init; }

    /// <summary>The catalog's side, as text (e.g. <c>enum: 5, 10</c>); <see langword="null"/> for an added parameter.</summary>
    public string? Local { get; init; }

    /// <summary>The schema's side, as text; <see langword="null"/> for a removed parameter.</summary>
    public string? Remote { get; init; }

    /// <summary>A hint for the reviewer (values gained and lost, a key differing only in spaces), when worth saying.</summary>
    public string? Note { get; init; }
}
