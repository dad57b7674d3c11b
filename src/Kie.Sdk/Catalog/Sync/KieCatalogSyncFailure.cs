namespace Kie.Sdk.Catalog;

/// <summary>Why a catalog sync failed.</summary>
public enum KieCatalogSyncFailure
{
    /// <summary>The source could not be read: an HTTP or API error, a missing file. See the inner exception.</summary>
    SourceUnavailable = 0,

    /// <summary>KIE refused a lookup for its rate limit (code 429, also inside HTTP 200). Retry later.</summary>
    RateLimited,

    /// <summary>The listing is not in the expected shape (not JSON, no model list, an entry without an id).</summary>
    MalformedListing,

    /// <summary>The listing is empty while the local catalog is not: more likely a fault than KIE withdrawing every model.</summary>
    EmptyListing,
}
