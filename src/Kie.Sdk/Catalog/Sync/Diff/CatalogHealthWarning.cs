namespace Kie.Sdk.Catalog;

/// <summary>A remote model whose recent success rate is degraded (only when the source read health).</summary>
public sealed record CatalogHealthWarning
{
    /// <summary>The API model id.</summary>
    public string ApiModel { get; init; } = string.Empty;

    /// <summary>The catalog model id, when catalogued.</summary>
    public string? ModelId { get; init; }

    /// <summary>The verdict and rates.</summary>
    public KieHealthSummary Summary { get; init; } = new();
}
