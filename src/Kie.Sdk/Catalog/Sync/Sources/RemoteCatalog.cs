namespace Kie.Sdk.Catalog;

/// <summary>The model catalog as a remote source lists it: one entry per API model id.</summary>
public sealed record RemoteCatalog
{
    /// <summary>Where it was read from, for reports (a URL or a file path).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The models, in listing order.</summary>
    public IReadOnlyList<RemoteModel> Models { get; init; } = [];

    /// <summary>
    /// <see langword="true"/> when the listing is the whole catalog. A filtered listing is not: models missing from it are
    /// not reported as removed.
    /// </summary>
    public bool IsComplete { get; init; } = true;
}
