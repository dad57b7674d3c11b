using System.Net;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing;

/// <summary>
/// A failure for one request, queued with <see cref="KieSimulator.EnqueueFault"/>: an HTTP error, an error code in an
/// HTTP 200 body, a thrown exception (a dropped connection), a lost response, or a delay. Combine with <c>with</c>.
/// </summary>
/// <remarks>
/// Order of effects: first <see cref="Delay"/>; then, unless <see cref="AfterProcessing"/>, the request is answered
/// with <see cref="Exception"/> or <see cref="Body"/> without being processed. With <see cref="AfterProcessing"/> the
/// request is processed (a task is created, a file stored) and only then is the answer replaced.
/// </remarks>
public sealed record KieSimulatorFault
{
    /// <summary>The HTTP status sent with <see cref="Body"/>.</summary>
    public HttpStatusCode StatusCode { get; init; } = HttpStatusCode.OK;

    /// <summary>The body sent instead of the normal answer; <see langword="null"/> for none.</summary>
    public string? Body { get; init; }

    /// <summary>The media type of <see cref="Body"/>. Default <c>application/json</c>.</summary>
    public string MediaType { get; init; } = "application/json";

    /// <summary>Thrown from <see cref="HttpMessageHandler"/>.SendAsync instead of answering; wins over <see cref="Body"/>.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Whether the request is processed before the answer is replaced (the server did the work, the client never heard).</summary>
    public bool AfterProcessing { get; init; }

    /// <summary>How long to wait, on the simulator's clock, before answering; the request's cancellation token stops the wait.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>An HTTP error status with a KIE JSON body <c>{"code":status,"msg":message}</c>.</summary>
    /// <param name="status">The HTTP status, e.g. 500, 502, 503.</param>
    /// <param name="message">The <c>msg</c>; default the status's name.</param>
    /// <returns>The fault.</returns>
    public static KieSimulatorFault Status(HttpStatusCode status, string? message = null) => new()
    {
        StatusCode = status,
        Body = JsonBodies.Text((int)status, message ?? status.ToString(), withData: false),
    };

    /// <summary>HTTP 200 whose body carries an error code, the way KIE reports most errors: <c>{"code":code,"msg":message,"data":null}</c>.</summary>
    /// <param name="code">The body <c>code</c>, e.g. 429, 455, 500.</param>
    /// <param name="message">The body <c>msg</c>.</param>
    /// <returns>The fault.</returns>
    public static KieSimulatorFault BodyCode(int code, string message) => new()
    {
        Body = JsonBodies.Text(code, message, withData: true),
    };

    /// <summary>Any body, such as the HTML page of a gateway error.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body text.</param>
    /// <param name="mediaType">Its media type. Default <c>text/html</c>.</param>
    /// <returns>The fault.</returns>
    public static KieSimulatorFault RawBody(HttpStatusCode status, string body, string mediaType = "text/html") =>
        new() { StatusCode = status, Body = body, MediaType = mediaType };

    /// <summary>Throws an exception from SendAsync, before the request is processed.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The fault.</returns>
    public static KieSimulatorFault Throw(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new() { Exception = exception };
    }

    /// <summary>A connection failure before the request reached the server: an <see cref="HttpRequestException"/>; nothing is processed.</summary>
    /// <returns>The fault.</returns>
    public static KieSimulatorFault ConnectionFailure() =>
        Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (simulated by KieSimulator)."));

    /// <summary>The request is processed (a task is created) but the response is lost: an <see cref="HttpRequestException"/> afterwards.</summary>
    /// <returns>The fault.</returns>
    public static KieSimulatorFault ResponseLost() => new()
    {
        AfterProcessing = true,
        Exception = new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (simulated by KieSimulator)."),
    };

    /// <summary>The request is answered normally, but only after a delay (for attempt-timeout tests).</summary>
    /// <param name="delay">The delay on the simulator's clock.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static KieSimulatorFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new() { Delay = delay, AfterProcessing = true };
    }
}
