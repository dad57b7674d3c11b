using System.Net;
using System.Text;

namespace Kie.Sdk;

/// <summary>
/// The root of every error the KIE client throws for a call that reached, or tried to reach, the KIE API.
/// </summary>
/// <remarks>
/// KIE reports errors in two places: the HTTP status and the <c>code</c> field of the JSON body, which is
/// authoritative (an HTTP 200 can carry code 429). Both are kept. The message never contains the API key.
/// Catch a subclass when you act differently: <see cref="KieInsufficientCreditsException"/> (top up),
/// <see cref="KieValidationException"/> (fix input), <see cref="KieRateLimitException"/> (wait and retry).
/// </remarks>
public class KieApiException : Exception
{
    /// <summary>Creates an exception from what the API said.</summary>
    /// <param name="details">What the API said; <see cref="KieErrorDetails.None"/> when nothing arrived.</param>
    /// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
    /// <param name="isTransient">Whether the same call may succeed later unchanged.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KieApiException(KieErrorDetails details, string? message = null, bool isTransient = false, Exception? innerException = null)
        : base(message ?? Describe("KIE API call failed", details), innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
        IsTransient = isTransient;
    }

    /// <summary>Everything the API said about the failure.</summary>
    public KieErrorDetails Details { get; }

    /// <summary>The HTTP status of the response, or <see langword="null"/> when none arrived.</summary>
    public HttpStatusCode? HttpStatus => Details.HttpStatus;

    /// <summary>The <c>code</c> field of KIE's response body (authoritative), when present.</summary>
    public int? KieCode => Details.KieCode;

    /// <summary>The <c>msg</c> field of KIE's response body, when present.</summary>
    public string? KieMessage => Details.KieMessage;

    /// <summary>The task this error is about, when known.</summary>
    public string? TaskId => Details.TaskId;

    /// <summary>How long the API asked the caller to wait before retrying, when it said.</summary>
    public TimeSpan? RetryAfter => Details.RetryAfter;

    /// <summary><see langword="true"/> when the same call may succeed later unchanged (rate limit, maintenance, server error).</summary>
    public bool IsTransient { get; }

    /// <summary>Builds the standard one-line description: what failed, HTTP status, KIE code and message, task id.</summary>
    /// <param name="what">What failed, e.g. "createTask failed".</param>
    /// <param name="details">What the API said.</param>
    /// <returns>A sentence such as <c>createTask failed: HTTP 200, KIE code 429 (Your call frequency is too high).</c></returns>
    protected static string Describe(string what, KieErrorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var text = new StringBuilder(what);
        var separator = ": ";
        if (details.HttpStatus is { } status)
        {
            text.Append(separator).Append("HTTP ").Append((int)status);
            separator = ", ";
        }

        if (details.KieCode is { } code)
        {
            text.Append(separator).Append("KIE code ").Append(code);
        }

        if (!string.IsNullOrWhiteSpace(details.KieMessage))
        {
            text.Append(" (").Append(details.KieMessage.Trim()).Append(')');
        }

        if (!string.IsNullOrEmpty(details.TaskId))
        {
            text.Append(", task ").Append(details.TaskId);
        }

        return text.Append('.').ToString();
    }
}
