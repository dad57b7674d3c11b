namespace Kie.Sdk.Catalog;

/// <summary>A catalog model none of whose API model ids the remote listing has any more.</summary>
public sealed record CatalogModelRemoved
{
    /// <summary>The catalog id.</summary>
    public string ModelId { get; init; } = string.Empty;

    /// <summary>The display name.</summary>
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>Whether the model is enabled locally (then users can still pick it and its tasks will fail).</summary>
    public bool Enabled { get; init; }

    /// <summary>The API model ids its modes send.</summary>
    public IReadOnlyList<string> ApiModels { get; init; } = [];
}
