namespace Kie.Sdk.Catalog;

/// <summary>
/// A catalog sync could not compare: the remote source failed or answered something unusable. A failed sync is always
/// this exception, never an empty <see cref="CatalogDiff"/> (which would read as "nothing changed").
/// </summary>
public sealed class KieCatalogSyncException : KieApiException
{
    /// <summary>Creates the exception; API details and transience are taken from <paramref name="innerException"/> when it is a <see cref="KieApiException"/>.</summary>
    /// <param name="reason">Why the sync failed.</param>
    /// <param name="message">What happened, for people.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KieCatalogSyncException(KieCatalogSyncFailure reason, string message, Exception? innerException = null)
        : base(
            (innerException as KieApiException)?.Details ?? KieErrorDetails.None,
            message,
            isTransient: reason == KieCatalogSyncFailure.RateLimited || innerException is KieApiException { IsTransient: true } or HttpRequestException,
            innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the sync failed.</summary>
    public KieCatalogSyncFailure Reason { get; }
}
