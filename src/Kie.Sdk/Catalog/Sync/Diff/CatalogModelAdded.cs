namespace Kie.Sdk.Catalog;

/// <summary>
/// A remote API model id that no local mode sends. It enters the catalog only through
/// <see cref="CatalogDiff.ToOverrideJson"/>, disabled and without a price, until an administrator supplies them.
/// </summary>
public sealed record CatalogModelAdded
{
    /// <summary>The remote model: listing entry, and schema and price text when read.</summary>
    public RemoteModel Remote { get; init; } = new();

    /// <summary>The API model id.</summary>
    public string ApiModel => Remote.Model;

    /// <summary>The catalog id the override gives it (derived from the API id, unique in the catalog).</summary>
    public string SuggestedId { get; init; } = string.Empty;

    /// <summary>The catalog model it looks like a variant of (its id shares the longest prefix), when one stands out; a hint only.</summary>
    public string? LikelyFamily { get; init; }
}
