using System.Collections.Specialized;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Web;

namespace Kie.Sdk.Testing.Http;

/// <summary>A request as the simulator sees it: read once, body buffered (everything is in memory anyway).</summary>
internal sealed class IncomingRequest
{
    private NameValueCollection? _query;

    private IncomingRequest(HttpMethod method, Uri uri, byte[] body, MediaTypeHeaderValue? contentType, AuthenticationHeaderValue? authorization)
    {
        Method = method;
        Uri = uri;
        Body = body;
        ContentType = contentType;
        Authorization = authorization;
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    /// <summary>The path without the query, e.g. <c>/api/v1/jobs/recordInfo</c>.</summary>
    public string Path => Uri.AbsolutePath;

    public byte[] Body { get; }

    public MediaTypeHeaderValue? ContentType { get; }

    public string? MediaType => ContentType?.MediaType;

    public AuthenticationHeaderValue? Authorization { get; }

    public bool IsJson => MediaType is { } type &&
        (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    public static async Task<IncomingRequest> ReadAsync(HttpRequestMessage request, Uri fallbackBase, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri switch
        {
            null => fallbackBase,
            { IsAbsoluteUri: true } absolute => absolute,
            var relative => new Uri(fallbackBase, relative),
        };
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new IncomingRequest(request.Method, uri, body, request.Content?.Headers.ContentType, request.Headers.Authorization);
    }

    /// <summary>A query parameter, unescaped; <see langword="null"/> when absent.</summary>
    public string? Query(string name) => (_query ??= HttpUtility.ParseQueryString(Uri.Query))[name];

    /// <summary>The body as a JSON object, or <see langword="null"/> when it is not one. The caller disposes the document.</summary>
    public JsonDocument? TryParseJsonObject()
    {
        try
        {
            var document = JsonDocument.Parse(Body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
