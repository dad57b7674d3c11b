using System.Net;
using System.Net.Http.Headers;
using Kie.Sdk.Http;
using Kie.Sdk.Json;

namespace Kie.Sdk;

/// <summary>Uploads to KIE's file host and downloads of result files.</summary>
public sealed partial class KieClient
{
    /// <inheritdoc />
    public async Task<KieUploadedFile> UploadFileAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var unique = UploadFileNames.MakeUnique(fileName);
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(FileMediaTypes.FromFileName(unique));
        using var form = new MultipartFormDataContent
        {
            { file, "file", unique },
            { new StringContent(_options.UploadPath), "uploadPath" },
            { new StringContent(unique), "fileName" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadUri("/api/file-stream-upload")) { Content = form };
        // A stream that cannot rewind cannot be sent twice, so such an upload is never retried.
        return await UploadAsync(request, content.CanSeek ? KieRequestKind.Submit : KieRequestKind.SubmitOnce, "upload (stream)", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<KieUploadedFile> UploadFromUrlAsync(Uri sourceUrl, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceUrl);
        if (!sourceUrl.IsAbsoluteUri || (sourceUrl.Scheme != Uri.UriSchemeHttps && sourceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{sourceUrl}' is not a public http(s) URL.", nameof(sourceUrl));
        }

        var wire = new UrlUploadWire
        {
            FileUrl = sourceUrl.AbsoluteUri,
            UploadPath = _options.UploadPath,
            FileName = UploadFileNames.MakeUnique(fileName ?? UploadFileNames.FromUrl(sourceUrl)),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadUri("/api/file-url-upload"))
        {
            Content = JsonContent(wire, KieJsonContext.Default.UrlUploadWire),
        };
        return await UploadAsync(request, KieRequestKind.Submit, "upload (url)", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<KieUploadedFile> UploadBase64Async(string base64Data, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(base64Data);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var size = Base64Payload.DecodedLength(base64Data, nameof(base64Data));
        if (size > _options.MaxBase64UploadBytes)
        {
            throw new ArgumentException(
                $"The data is {size} bytes; base64 uploads are limited to {_options.MaxBase64UploadBytes} bytes (KieClientOptions.MaxBase64UploadBytes). Use UploadFileAsync for larger files.",
                nameof(base64Data));
        }

        var wire = new Base64UploadWire { Base64Data = base64Data, UploadPath = _options.UploadPath, FileName = UploadFileNames.MakeUnique(fileName) };
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadUri("/api/file-base64-upload"))
        {
            Content = JsonContent(wire, KieJsonContext.Default.Base64UploadWire),
        };
        return await UploadAsync(request, KieRequestKind.Submit, "upload (base64)", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<KieFileDownload> DownloadFileAsync(Uri fileUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileUrl);
        var response = await FetchFileAsync(fileUrl, cancellationToken).ConfigureAwait(false);
        var source = fileUrl;
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            // Storage hosts refuse hotlinks and expired links; KIE's download-url endpoint issues a fresh, signed one.
            response.Dispose();
            source = await GetDownloadUrlAsync(fileUrl, cancellationToken).ConfigureAwait(false);
            response = await FetchFileAsync(source, cancellationToken).ConfigureAwait(false);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new KieApiException(new KieErrorDetails(status), $"Downloading {source.GetLeftPart(UriPartial.Path)} failed: HTTP {(int)status}.", isTransient: (int)status >= 500);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new KieFileDownload(stream, source, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentLength, response);
    }

    private async Task<KieUploadedFile> UploadAsync(HttpRequestMessage request, KieRequestKind kind, string operation, CancellationToken cancellationToken)
    {
        using var activity = Diagnostics.KieDiagnostics.ActivitySource.StartActivity("kie.upload", System.Diagnostics.ActivityKind.Client);
        request.Options.Set(KieRequestOptions.AttemptTimeout, _options.UploadTimeout);
        var data = await SendAsync(request, kind, operation, null, cancellationToken).ConfigureAwait(false);
        return UploadedFileReader.Read(data, operation);
    }

    /// <summary>GETs a file with no Authorization header: storage hosts must never see the API key.</summary>
    private async Task<HttpResponseMessage> FetchFileAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(KieRequestOptions.Kind, KieRequestKind.Download);
        try
        {
            return await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (TranslateTransportFailure(exception, KieRequestKind.Download, "download", null, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    private Uri UploadUri(string path) => new(_options.UploadBaseUrl, path);
}
