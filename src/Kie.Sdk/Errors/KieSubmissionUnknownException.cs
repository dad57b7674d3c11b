namespace Kie.Sdk;

/// <summary>
/// A createTask or upload call was sent but its outcome is unknown: it timed out, lost its connection after the request
/// went out, or got a server error. KIE may or may not have created the task (and may charge for it), so do not assume
/// nothing was spent; do not resubmit blindly. Resubmitting with the same idempotency key is safe only within this
/// process once the store has recorded a task id; otherwise check your KIE dashboard or the callbacks you receive.
/// </summary>
/// <param name="details">What is known of the attempt.</param>
/// <param name="message">What happened; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
/// <param name="innerException">The underlying timeout, network or API error.</param>
public sealed class KieSubmissionUnknownException(KieErrorDetails details, string? message = null, Exception? innerException = null)
    : KieApiException(details, message ?? Describe("Submission outcome unknown: the request was sent but no definite answer came back, so a task may exist", details), isTransient: false, innerException);
