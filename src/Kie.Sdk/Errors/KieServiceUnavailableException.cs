namespace Kie.Sdk;

/// <summary>KIE is unavailable or failed on its side (code 455 maintenance, 5xx server error). Reads are retried for you; retry other calls later.</summary>
/// <param name="details">What the API said.</param>
/// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class KieServiceUnavailableException(KieErrorDetails details, string? message = null, Exception? innerException = null)
    : KieApiException(details, message, isTransient: true, innerException);
