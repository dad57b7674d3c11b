using System.Net;
using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace Kie.Sdk.Http;

/// <summary>
/// Decides which failed attempts are retried. Reads are retried on any transient failure. Submissions (createTask,
/// uploads) start paid or stored work, so they are retried only when the request provably did not start anything:
/// the connection failed before the request was sent, or KIE answered 429, which its docs say is not queued. Never
/// after an attempt timeout, a server error, or a connection lost after sending.
/// </summary>
internal static class KieRetryPredicate
{
    /// <summary>Whether to retry an attempt.</summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="request">The request, when known.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        var kind = KieRequestOptions.KindOf(request);
        if (kind == KieRequestKind.SubmitOnce)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return kind switch
            {
                KieRequestKind.Read or KieRequestKind.Download => exception is HttpRequestException or TimeoutRejectedException or IOException,
                _ => IsNotSent(exception),
            };
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var code = KieErrorMapper.EffectiveCode(response.StatusCode, request is not null && request.Options.TryGetValue(KieRequestOptions.BodyCode, out var bodyCode) ? bodyCode : null);
        var outOfCredits = request is not null && request.Options.TryGetValue(KieRequestOptions.InsufficientCredits, out var insufficient) && insufficient;
        if (code == 429)
        {
            return !outOfCredits;
        }

        return kind is KieRequestKind.Read or KieRequestKind.Download && code is 408 or 455 or (>= 500 and not 501 and not 505);
    }

    /// <summary>Failures that happen before any byte of the request leaves: DNS, connect, TLS handshake.</summary>
    internal static bool IsNotSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError };
}
