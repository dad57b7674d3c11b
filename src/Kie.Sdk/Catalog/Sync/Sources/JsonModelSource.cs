using System.Net;
using System.Text.Json;
using Kie.Sdk.Http;
using Kie.Sdk.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Reads the remote catalog from JSON in the shape of KIE's listing answer: the whole envelope
/// <c>{ code, msg, data: { total, models } }</c>, its <c>data</c>, or the bare array of models. An entry may also carry
/// an <c>openapi</c> document (as the schema endpoint returns it), whose <c>input</c> parameters are then compared.
/// Useful to sync from a saved snapshot, a mirror, or a file an administrator edited.
/// </summary>
public sealed class JsonModelSource : IModelSource
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly Func<CancellationToken, Task<byte[]>> _read;
    private readonly string _source;

    private JsonModelSource(string source, Func<CancellationToken, Task<byte[]>> read)
    {
        _source = source;
        _read = read;
    }

    /// <summary>A source that reads a file (again on every <see cref="ReadAsync"/>).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The source.</returns>
    public static JsonModelSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new JsonModelSource(path, cancellationToken => File.ReadAllBytesAsync(path, cancellationToken));
    }

    /// <summary>A source over JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">What to call it in reports.</param>
    /// <returns>The source.</returns>
    public static JsonModelSource FromJson(string json, string source = "JSON text")
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        return new JsonModelSource(source, _ => Task.FromResult(bytes));
    }

    /// <summary>A source over a stream, read to the end at the first <see cref="ReadAsync"/> (not disposed) and kept for later reads.</summary>
    /// <param name="json">The JSON stream.</param>
    /// <param name="source">What to call it in reports.</param>
    /// <returns>The source.</returns>
    public static JsonModelSource FromStream(Stream json, string source = "JSON stream")
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffered = new Lazy<Task<byte[]>>(async () =>
        {
            using var copy = new MemoryStream();
            await json.CopyToAsync(copy).ConfigureAwait(false);
            return copy.ToArray();
        });
        return new JsonModelSource(source, _ => buffered.Value);
    }

    /// <summary>A source that fetches a URL with GET (again on every <see cref="ReadAsync"/>). No API key is sent.</summary>
    /// <param name="url">The absolute http(s) URL.</param>
    /// <param name="httpClient">The HTTP client to fetch with; not disposed.</param>
    /// <returns>The source.</returns>
    public static JsonModelSource FromUrl(Uri url, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(httpClient);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", nameof(url));
        }

        return new JsonModelSource(url.AbsoluteUri, cancellationToken => FetchAsync(url, httpClient, cancellationToken));
    }

    /// <inheritdoc />
    /// <exception cref="KieInvalidResponseException">The JSON is malformed or not a model listing.</exception>
    /// <exception cref="KieApiException">The URL answered an error, or the envelope carries an error code (429 → <see cref="KieRateLimitException"/>).</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public async Task<RemoteCatalog> ReadAsync(CancellationToken cancellationToken = default)
    {
        var bytes = await _read(cancellationToken).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new KieInvalidResponseException(KieErrorDetails.None, $"The model listing {_source} is not valid JSON ({error.Message}).", error);
        }

        using (document)
        {
            var listing = MarketModelReader.ReadListing(DataOf(document.RootElement), $"The model listing {_source}");
            return new RemoteCatalog
            {
                Source = _source,
                Models = [.. listing.DistinctBy(entry => entry.Model, StringComparer.Ordinal).Select(WithSchema)],
            };
        }
    }

    private JsonElement DataOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out _))
        {
            return root;
        }

        // A saved envelope: its code is authoritative, as on the wire (429 inside a 200 is still a rate limit).
        var code = root.GetInt64("code");
        if (code != 200)
        {
            throw KieErrorMapper.Map(KieRequestKind.Read, $"model listing {_source}", new KieErrorDetails(KieCode: (int?)code, KieMessage: root.GetText("msg")));
        }

        return root.TryGet("data", out var data) ? data : default;
    }

    private static RemoteModel WithSchema(KieMarketModel entry)
    {
        // The document sits in "openapi", or in "schema" as the schema endpoint answers it ({ model, openapi }).
        var holder = entry.RawJson;
        if (!holder.TryGetProperty("openapi", out _) && entry.RawJson.TryGet("schema", out var schema))
        {
            holder = schema;
        }

        KieModelSchema? read = holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty("openapi", out _)
            ? ModelSchemaReader.FromOpenApi(holder.GetEmbeddedJson("openapi"), entry.Model)
            : null;
        return new RemoteModel { Listing = entry, Schema = read, PricingDescription = entry.PricingDescription };
    }

    private static async Task<byte[]> FetchAsync(Uri url, HttpClient httpClient, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await httpClient.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException error)
        {
            throw new KieApiException(KieErrorDetails.None, $"The model listing {url} could not be fetched ({error.HttpRequestError}).", isTransient: true, error);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode;
                throw new KieApiException(
                    new KieErrorDetails(status),
                    $"The model listing {url} answered HTTP {(int)status}.",
                    isTransient: status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500);
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
