using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kie.Sdk.Testing.Http;

/// <summary>Builds the simulator's HTTP answers.</summary>
internal static class Responses
{
    public const string InsufficientCreditsMessage = "The current credits are insufficient. Please top up.";
    public const string RateLimitedMessage = "Your call frequency is too high. Please try again later.";

    public static HttpResponseMessage Bytes(HttpStatusCode status, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = mediaType.StartsWith("application/json", StringComparison.Ordinal) || mediaType.StartsWith("text/", StringComparison.Ordinal)
            ? new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" }
            : new MediaTypeHeaderValue(mediaType);
        return new HttpResponseMessage(status) { Content = content };
    }

    public static HttpResponseMessage Json(HttpStatusCode status, byte[] body) => Bytes(status, body, "application/json");

    public static HttpResponseMessage Text(HttpStatusCode status, string body, string mediaType) => Bytes(status, Encoding.UTF8.GetBytes(body), mediaType);

    /// <summary>A KIE error envelope with the given HTTP status.</summary>
    public static HttpResponseMessage Error(HttpStatusCode status, int code, string message, bool withData = true) =>
        Json(status, JsonBodies.Error(code, message, withData));

    /// <summary>A KIE error reported the usual way: HTTP 200, the error in the body <c>code</c>.</summary>
    public static HttpResponseMessage BodyError(int code, string message) => Error(HttpStatusCode.OK, code, message);

    public static HttpResponseMessage Success<TState>(TState state, Action<Utf8JsonWriter, TState> writeData) =>
        Json(HttpStatusCode.OK, JsonBodies.Success(state, writeData));

    public static HttpResponseMessage Unauthorized() =>
        Error(HttpStatusCode.Unauthorized, 401, "You do not have access permissions", withData: false);

    public static HttpResponseMessage NotFound() => Error(HttpStatusCode.NotFound, 404, "Not found", withData: false);

    public static HttpResponseMessage MethodNotAllowed() => Error(HttpStatusCode.MethodNotAllowed, 405, "Method not allowed", withData: false);
}
