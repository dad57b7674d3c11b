namespace Kie.Sdk;

/// <summary>The API key is missing, wrong, revoked, or not allowed from this IP (HTTP or KIE code 401). Fix the key; retrying will not help.</summary>
/// <param name="details">What the API said.</param>
/// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class KieAuthenticationException(KieErrorDetails details, string? message = null, Exception? innerException = null)
    : KieApiException(details, message, isTransient: false, innerException);
