namespace Kie.Sdk;

/// <summary>The KIE account has too few credits for this task (code 402, or 429 with a message about insufficient credits). Top up; retrying will not help.</summary>
/// <param name="details">What the API said.</param>
/// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class KieInsufficientCreditsException(KieErrorDetails details, string? message = null, Exception? innerException = null)
    : KieApiException(details, message, isTransient: false, innerException);
