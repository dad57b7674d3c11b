namespace Kie.Sdk.Catalog;

/// <summary>Filters for <see cref="IKieClient.ListModelsAsync"/> (<c>GET /api/v1/models</c>). Every part is optional; none lists every model.</summary>
public sealed record KieModelQuery
{
    /// <summary>
    /// Task types as KIE spells them, e.g. <c>Text to Video</c>, <c>Image to Video</c> (sent comma-separated). A model
    /// matches any of them.
    /// </summary>
    public IReadOnlyList<string> TaskTypes { get; init; } = [];

    /// <summary>A provider as KIE spells it, e.g. <c>Kling</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>Free text KIE searches model ids and titles for (<c>q</c>).</summary>
    public string? Search { get; init; }

    /// <summary><see langword="true"/> when no filter is set, so the answer is the whole listing.</summary>
    public bool IsEmpty => TaskTypes.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(Provider) && string.IsNullOrWhiteSpace(Search);
}
