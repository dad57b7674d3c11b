namespace Kie.Sdk.Catalog;

/// <summary>
/// Where <see cref="CatalogSync"/> reads the remote model catalog from: KIE's model endpoints
/// (<see cref="KieApiModelSource"/>) or a JSON file or URL (<see cref="JsonModelSource"/>).
/// </summary>
public interface IModelSource
{
    /// <summary>Reads the remote catalog.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The models the source lists.</returns>
    /// <exception cref="KieApiException">The source could not be read (an HTTP or API error, a rate limit, a malformed listing).</exception>
    Task<RemoteCatalog> ReadAsync(CancellationToken cancellationToken = default);
}
