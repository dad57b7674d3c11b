using System.Net;

namespace Kie.Sdk.Http;

/// <summary>Turns what KIE answered into the exception a caller can act on.</summary>
internal static class KieErrorMapper
{
    /// <summary>Whether KIE's message says the account is out of credits (KIE has sent this with code 402 and 429).</summary>
    public static bool SaysInsufficientCredits(string? message) =>
        message is not null &&
        message.Contains("insufficient", StringComparison.OrdinalIgnoreCase) &&
        message.Contains("credit", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The effective error code: the body's code when it reports an error (authoritative: HTTP 200 can carry 429),
    /// else the HTTP status (a 401 from a proxy with a stale "code":200 body is still a 401).
    /// </summary>
    public static int EffectiveCode(HttpStatusCode? httpStatus, int? bodyCode) =>
        bodyCode is { } code && (code != 200 || httpStatus is null) ? code : (int)(httpStatus ?? 0);

    /// <summary>Whether an answer is an error: HTTP ≥ 400, or a body code other than 200.</summary>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="bodyCode">The envelope's code, when present.</param>
    /// <param name="success">The upload host's <c>success</c> flag, when present: <c>false</c> is an error whatever the code says.</param>
    public static bool IsError(HttpStatusCode httpStatus, int? bodyCode, bool? success = null) =>
        (int)httpStatus >= 400 || (bodyCode is { } code && code != 200) || success == false;

    /// <summary>Maps an error answer to its exception.</summary>
    /// <param name="kind">What the request did; a submission with an unclear outcome becomes <see cref="KieSubmissionUnknownException"/>.</param>
    /// <param name="operation">The operation's name for the message, e.g. <c>createTask</c>.</param>
    /// <param name="details">What the API said.</param>
    public static KieApiException Map(KieRequestKind kind, string operation, KieErrorDetails details)
    {
        var code = EffectiveCode(details.HttpStatus, details.KieCode);
        var message = Describe(operation, details);
        return code switch
        {
            401 => new KieAuthenticationException(details, message),
            402 => new KieInsufficientCreditsException(details, message),
            429 when SaysInsufficientCredits(details.KieMessage) => new KieInsufficientCreditsException(details, message),
            429 or 430 => new KieRateLimitException(details, message),
            422 when details.KieMessage?.Contains("recordInfo is null", StringComparison.OrdinalIgnoreCase) == true =>
                new KieTaskNotFoundException(details, message),
            400 or 422 => new KieValidationException(details, message),
            455 => new KieServiceUnavailableException(details, message),
            // A submission that got a server error may have created (and charged for) a task.
            >= 500 when kind is KieRequestKind.Submit or KieRequestKind.SubmitOnce => new KieSubmissionUnknownException(details, message + " A task may or may not have been created; do not resubmit blindly."),
            408 or >= 500 => new KieServiceUnavailableException(details, message),
            _ => new KieApiException(details, message),
        };
    }

    /// <summary>The standard message: operation, HTTP status, KIE code and message, task id.</summary>
    public static string Describe(string operation, KieErrorDetails details) => DescribeAccess.Describe($"KIE {operation} failed", details);

    /// <summary>Reaches the protected formatter of <see cref="KieApiException"/>.</summary>
    private sealed class DescribeAccess : KieApiException
    {
        private DescribeAccess()
            : base(KieErrorDetails.None)
        {
        }

        public static new string Describe(string what, KieErrorDetails details) => KieApiException.Describe(what, details);
    }
}
