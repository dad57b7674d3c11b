using System.Buffers;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Sdk;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>A downloaded result waiting for its upload.</summary>
/// <param name="Path">The temporary file.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="ContentType">The media type the host reported, if any.</param>
public sealed record DownloadedFile(string Path, long Length, string? ContentType);

/// <summary>
/// Temporary files for one delivery attempt: results are fetched through <see cref="IKieClient.DownloadFileAsync"/> (which
/// never sends the API key to the storage host and refreshes expired links), kept on disk rather than in memory (up to
/// 50 MB each), opened afresh for each upload attempt, and deleted when the attempt ends.
/// </summary>
public sealed class DownloadFolder : IAsyncDisposable
{
    private const int BufferSize = 81920;
    private readonly string _directory;
    private readonly List<string> _files = [];

    /// <summary>Creates the folder handle (the directory is created on the first download).</summary>
    /// <param name="directory">Where to keep files; null or empty for the system's temporary folder.</param>
    public DownloadFolder(string? directory)
    {
        _directory = string.IsNullOrWhiteSpace(directory) ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kie-bot-delivery") : directory;
    }

    /// <summary>Downloads a result, unless it is larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="kie">The KIE client.</param>
    /// <param name="url">The result URL.</param>
    /// <param name="maxBytes">The largest size worth keeping.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The file, or null when it is larger than the limit.</returns>
    public async Task<DownloadedFile?> FetchAsync(IKieClient kie, Uri url, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kie);
        await using var download = await kie.DownloadFileAsync(url, cancellationToken).ConfigureAwait(false);
        if (download.Length > maxBytes)
        {
            return null;
        }

        Directory.CreateDirectory(_directory);
        var path = System.IO.Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".part");
        _files.Add(path);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long total = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            int read;
            while ((read = await download.Content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    // The host did not say its size, or said less than it sent: stop reading what cannot be uploaded.
                    return null;
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new DownloadedFile(path, total, download.ContentType);
    }

    /// <summary>An upload source over a downloaded file (a fresh stream for each attempt).</summary>
    /// <param name="file">The downloaded file.</param>
    /// <param name="fileName">The name to upload it under.</param>
    /// <returns>The source.</returns>
    public static MediaSource.Upload Source(DownloadedFile file, string fileName)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new MediaSource.Upload(
            _ => Task.FromResult<Stream>(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true)),
            fileName);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Still open somewhere (a platform quirk); the temporary folder is cleaned by the OS.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        _files.Clear();
        return ValueTask.CompletedTask;
    }
}
