namespace Kie.Sdk;

/// <summary>KIE refused the call because of its rate limit (code 429); nothing was queued. Wait (see <see cref="KieApiException.RetryAfter"/>) and retry.</summary>
/// <param name="details">What the API said.</param>
/// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class KieRateLimitException(KieErrorDetails details, string? message = null, Exception? innerException = null)
    : KieApiException(details, message, isTransient: true, innerException);
