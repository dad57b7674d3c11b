namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// Reads the bot's own copies of result files (made by the archive step before KIE's links expire), so history can
/// re-send a result long after the provider forgot it.
/// </summary>
public interface IArchivedResults
{
    /// <summary>Opens the archived copy of one result file.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file's index among the order's results.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The content and its file name, or <see langword="null"/> when the file was not archived (yet).</returns>
    Task<ArchivedContent?> OpenAsync(string orderId, int index, CancellationToken cancellationToken = default);
}

/// <summary>An archived file's content; the caller disposes it.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="FileName">A file name with the right extension.</param>
/// <param name="Length">The size in bytes, when known.</param>
public sealed record ArchivedContent(Stream Content, string FileName, long? Length) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
