using System.Buffers;
using System.Security.Cryptography;
using Kie.Sdk;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>Where a copy was made and what it holds.</summary>
/// <param name="Store">The store's name.</param>
/// <param name="Key">The key.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">SHA-256, lower-case hex.</param>
/// <param name="ContentType">The media type the provider reported, if any.</param>
public sealed record ArchivedCopy(string Store, string Key, long Size, string Sha256, string? ContentType);

/// <summary>A file the archive will never copy (too large): recorded as failed at once, not retried.</summary>
public sealed class ArchiveRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArchiveRejectedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why.</param>
    public ArchiveRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why.</param>
    /// <param name="inner">The cause.</param>
    public ArchiveRejectedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Copies one result file: downloads it through <see cref="IKieClient.DownloadFileAsync"/> (which never sends the API
/// key to a storage host and refreshes an expired link through download-url) into a temporary file, hashing it on the
/// way, then hands the file to the active store. The temporary file is deleted whatever happens.
/// </summary>
public sealed class ResultArchiver
{
    private const int BufferSize = 81920;
    private readonly IKieClient _kie;
    private readonly ArchiveStores _stores;
    private readonly ArchiveOptions _options;
    private readonly string _temporaryFolder = Path.Combine(Path.GetTempPath(), "kie-bot-archive");

    /// <summary>Creates the archiver.</summary>
    /// <param name="kie">The KIE client.</param>
    /// <param name="stores">The stores.</param>
    /// <param name="options">The archive's options (size limit).</param>
    public ResultArchiver(IKieClient kie, ArchiveStores stores, ArchiveOptions options)
    {
        _kie = kie;
        _stores = stores;
        _options = options;
    }

    /// <summary>Copies one result file into the active store.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file's index among the order's results.</param>
    /// <param name="url">The provider's URL.</param>
    /// <param name="cancellationToken">Cancels the copy (nothing is recorded then).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArchiveRejectedException">The file is larger than <see cref="ArchiveOptions.MaxFileBytes"/>.</exception>
    public async Task<ArchivedCopy> ArchiveAsync(string orderId, int index, Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = ArchiveKeys.For(orderId, index, url);
        var store = _stores.Active;
        await store.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var download = await _kie.DownloadFileAsync(url, cancellationToken).ConfigureAwait(false);
        if (download.Length > _options.MaxFileBytes)
        {
            throw new ArchiveRejectedException($"The file is {download.Length} bytes; the archive takes at most {_options.MaxFileBytes} (Bot:Archive:MaxFileBytes).");
        }

        if (download.Length is { } length && store.AcceptsForwardOnlyContent)
        {
            // The store checks the length it wrote and writes all or nothing: no spool file needed.
            await using var hashing = new HashingReadStream(download.Content, _options.MaxFileBytes);
            await store.PutAsync(key, hashing, length, download.ContentType, cancellationToken).ConfigureAwait(false);
            return new ArchivedCopy(store.Name, key, hashing.BytesRead, hashing.HashHex(), download.ContentType);
        }

        Directory.CreateDirectory(_temporaryFolder);
        var path = Path.Combine(_temporaryFolder, Guid.NewGuid().ToString("N") + ".part");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long total = 0;
        try
        {
            int read;
            while ((read = await download.Content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > _options.MaxFileBytes)
                {
                    throw new ArchiveRejectedException($"The file is larger than {_options.MaxFileBytes} bytes (Bot:Archive:MaxFileBytes).");
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (download.Length is { } announced && announced != total)
        {
            throw new IOException($"The download ended after {total} of {announced} bytes.");
        }

        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        await store.PutAsync(key, file, total, download.ContentType, cancellationToken).ConfigureAwait(false);
        return new ArchivedCopy(store.Name, key, total, Convert.ToHexStringLower(hash.GetHashAndReset()), download.ContentType);
    }
}
