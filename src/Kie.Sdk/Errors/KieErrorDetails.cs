using System.Net;

namespace Kie.Sdk;

/// <summary>What the KIE API said about a failed call: HTTP status, body code and message, task, wait hint.</summary>
/// <param name="HttpStatus">The HTTP status, or <see langword="null"/> when no response arrived.</param>
/// <param name="KieCode">The <c>code</c> field of the response body (authoritative), when present.</param>
/// <param name="KieMessage">The <c>msg</c> field of the response body, when present.</param>
/// <param name="TaskId">The task the call was about, when known.</param>
/// <param name="RetryAfter">How long the API asked the caller to wait, when it said.</param>
public sealed record KieErrorDetails(
    HttpStatusCode? HttpStatus = null,
    int? KieCode = null,
    string? KieMessage = null,
    string? TaskId = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>Details with nothing known.</summary>
    public static KieErrorDetails None { get; } = new();
}
