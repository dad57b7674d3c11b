namespace Kie.Sdk.Catalog;

/// <summary>
/// Compares the local <see cref="ModelCatalog"/> with a remote source (KIE's model endpoints, or a JSON file or URL)
/// and reports the drift as a <see cref="CatalogDiff"/> for review. It changes nothing: new models reach the catalog
/// only through <see cref="CatalogDiff.ToOverrideJson"/>, disabled and unpriced.
/// </summary>
public sealed class CatalogSync
{
    private readonly ModelCatalog _catalog;
    private readonly IModelSource _source;
    private readonly TimeProvider _time;

    /// <summary>Creates a sync.</summary>
    /// <param name="catalog">The local catalog (with any overrides applied).</param>
    /// <param name="source">Where the remote catalog is read from.</param>
    /// <param name="timeProvider">The clock for <see cref="CatalogDiff.ComparedAt"/>; default <see cref="TimeProvider.System"/>.</param>
    public CatalogSync(ModelCatalog catalog, IModelSource source, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(source);
        _catalog = catalog;
        _source = source;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Reads the remote source and compares it with the catalog.</summary>
    /// <param name="cancellationToken">Cancels the read (with KIE's endpoints, about one second per lookup).</param>
    /// <returns>The differences; <see cref="CatalogDiff.HasChanges"/> is false when the two agree.</returns>
    /// <exception cref="KieCatalogSyncException">
    /// The source failed (HTTP or API error, rate limit, malformed listing) or listed nothing while the catalog is not
    /// empty. Never answered with an empty diff.
    /// </exception>
    public async Task<CatalogDiff> CompareAsync(CancellationToken cancellationToken = default)
    {
        RemoteCatalog remote;
        try
        {
            remote = await _source.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (Translate(error, cancellationToken) is { } failure)
        {
            throw failure;
        }

        if (remote.Models.Count == 0 && _catalog.Models.Count > 0 && remote.IsComplete)
        {
            throw new KieCatalogSyncException(
                KieCatalogSyncFailure.EmptyListing,
                $"Catalog sync failed: {Describe(remote.Source)} listed no models while the local catalog has {_catalog.Models.Count}; refusing to report every model as removed.");
        }

        return CatalogComparer.Compare(_catalog, remote, _time.GetUtcNow());
    }

    /// <summary>Compares a catalog with a remote catalog already read (no I/O).</summary>
    /// <param name="catalog">The local catalog.</param>
    /// <param name="remote">The remote catalog.</param>
    /// <param name="comparedAt">The time to stamp on the diff (and on models added by its override).</param>
    /// <returns>The differences.</returns>
    public static CatalogDiff Compare(ModelCatalog catalog, RemoteCatalog remote, DateTimeOffset comparedAt)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(remote);
        return CatalogComparer.Compare(catalog, remote, comparedAt);
    }

    private KieCatalogSyncException? Translate(Exception error, CancellationToken cancellationToken)
    {
        // The caller's own cancellation is not a failed sync; a timeout inside the source is.
        if ((error is OperationCanceledException && cancellationToken.IsCancellationRequested) || error is KieCatalogSyncException)
        {
            return null;
        }

        var source = Describe(null);
        var (reason, what) = error switch
        {
            KieRateLimitException => (KieCatalogSyncFailure.RateLimited, $"{source} refused a lookup for KIE's rate limit; retry later"),
            KieInvalidResponseException or System.Text.Json.JsonException => (KieCatalogSyncFailure.MalformedListing, $"{source} answered a malformed listing"),
            KieApiException => (KieCatalogSyncFailure.SourceUnavailable, $"{source} answered an error"),
            _ => (KieCatalogSyncFailure.SourceUnavailable, $"{source} could not be read"),
        };
        return new KieCatalogSyncException(reason, $"Catalog sync failed: {what}. {error.Message}", error);
    }

    private string Describe(string? source) => string.IsNullOrEmpty(source) ? $"the model source ({_source.GetType().Name})" : source;
}
