namespace Kie.Sdk;

/// <summary>An open download of a result file. Dispose it to release the connection.</summary>
public sealed class KieFileDownload : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage? _response;

    /// <summary>Creates a download over a stream (for tests and custom sources).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="source">The URL the bytes came from.</param>
    /// <param name="contentType">The MIME type, when known.</param>
    /// <param name="length">The size in bytes, when known.</param>
    public KieFileDownload(Stream content, Uri source, string? contentType = null, long? length = null)
        : this(content, source, contentType, length, null)
    {
    }

    internal KieFileDownload(Stream content, Uri source, string? contentType, long? length, HttpResponseMessage? response)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        Source = source ?? throw new ArgumentNullException(nameof(source));
        ContentType = contentType;
        Length = length;
        _response = response;
    }

    /// <summary>The file's bytes, read once from the network.</summary>
    public Stream Content { get; }

    /// <summary>The URL the bytes came from (a refreshed link when the first was refused).</summary>
    public Uri Source { get; }

    /// <summary>The MIME type the host reported, when it did.</summary>
    public string? ContentType { get; }

    /// <summary>The size in bytes the host reported, when it did.</summary>
    public long? Length { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _response?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response?.Dispose();
    }
}
