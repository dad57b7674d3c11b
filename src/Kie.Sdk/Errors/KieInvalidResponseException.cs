namespace Kie.Sdk;

/// <summary>
/// KIE answered with a body that is not the documented shape (not JSON, no envelope, a missing task id). The inner
/// exception, when there is one, is the parser's error.
/// </summary>
/// <param name="details">What is known of the response.</param>
/// <param name="message">What was wrong with the body.</param>
/// <param name="innerException">The parser's error, if any.</param>
public sealed class KieInvalidResponseException(KieErrorDetails details, string message, Exception? innerException = null)
    : KieApiException(details, message, isTransient: false, innerException);
