namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// Where archived result files live: a local folder or an S3-compatible bucket. Keys look like
/// <c>&lt;orderId&gt;/&lt;index&gt;.&lt;ext&gt;</c> (see <see cref="ArchiveKeys"/>). A put either stores the whole file
/// under its key or leaves nothing there, so a copy that can be opened is always complete.
/// </summary>
public interface IResultStore
{
    /// <summary>The store's name as recorded with each copy (<c>local</c>, <c>s3</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Whether <see cref="PutAsync"/> can take a forward-only stream of announced length. Then a download goes straight
    /// into the store; otherwise it is spooled to a temporary file first (S3 clients want to rewind on retries).
    /// </summary>
    bool AcceptsForwardOnlyContent { get; }

    /// <summary>Gets the store ready (creates the folder, or the bucket when configured to); safe to call more than once.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the store is usable.</returns>
    Task PrepareAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a file under a key, replacing what was there.</summary>
    /// <param name="key">The key.</param>
    /// <param name="content">The bytes (read from the current position to the end; not disposed).</param>
    /// <param name="length">The number of bytes.</param>
    /// <param name="contentType">The media type, if known.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is stored.</returns>
    Task PutAsync(string key, Stream content, long length, string? contentType, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file, or null when there is none under that key; the caller disposes it.</returns>
    Task<StoredObject?> OpenAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A stored file opened for reading.</summary>
/// <param name="Content">The bytes (disposing it releases everything behind it).</param>
/// <param name="Length">The size in bytes, when known.</param>
/// <param name="ContentType">The media type, when known.</param>
public sealed record StoredObject(Stream Content, long? Length, string? ContentType) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
