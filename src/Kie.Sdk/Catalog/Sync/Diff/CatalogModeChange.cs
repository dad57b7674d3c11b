namespace Kie.Sdk.Catalog;

/// <summary>
/// A mode that appeared or disappeared. Removed: a local mode whose API id the listing no longer has while other modes
/// of its model remain. Added: a task type KIE lists for a catalogued API id that none of its local modes covers.
/// </summary>
public sealed record CatalogModeChange
{
    /// <summary>The catalog model id.</summary>
    public string ModelId { get; init; } = string.Empty;

    /// <summary>The local mode id; <see langword="null"/> for an added mode (none exists yet).</summary>
    public string? ModeId { get; init; }

    /// <summary>The API model id.</summary>
    public string ApiModel { get; init; } = string.Empty;

    /// <summary>For an added mode, KIE's task type (e.g. <c>Image to Video</c>).</summary>
    public string? TaskType { get; init; }

    /// <summary>For a removed mode, whether it is enabled locally.</summary>
    public bool? Enabled { get; init; }
}
