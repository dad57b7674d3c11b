namespace Kie.Sdk.Catalog;

/// <summary>Something the sync could not compare, or a warning about the remote data; not a change.</summary>
public sealed record CatalogSyncNote
{
    /// <summary>The API model id concerned, when one is.</summary>
    public string? ApiModel { get; init; }

    /// <summary>The catalog model id concerned, when one is.</summary>
    public string? ModelId { get; init; }

    /// <summary>What was not compared, and why.</summary>
    public string Message { get; init; } = string.Empty;
}
