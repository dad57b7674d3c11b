namespace Kie.Sdk;

/// <summary>KIE does not know this task id (code 422 "recordInfo is null"). Right after creation this can be a short delay on KIE's side; <see cref="IKieClient.WaitForCompletionAsync"/> allows a grace period for it.</summary>
/// <param name="details">What the API said.</param>
/// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class KieTaskNotFoundException(KieErrorDetails details, string? message = null, Exception? innerException = null)
    : KieApiException(details, message, isTransient: false, innerException);
