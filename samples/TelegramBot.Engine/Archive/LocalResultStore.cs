namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// The archive in a local folder: each key is a file under the root. A file is written under a temporary name in the
/// same folder, flushed to disk and then renamed over its key, so a crash leaves at most a <c>*.part</c> file that no
/// read ever opens, never a half file under a real name.
/// </summary>
public sealed class LocalResultStore : IResultStore
{
    /// <summary>The name recorded with copies kept here.</summary>
    public const string StoreName = "local";

    private const int BufferSize = 81920;

    /// <summary>Creates the store.</summary>
    /// <param name="root">The folder (created when needed).</param>
    public LocalResultStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public string Name => StoreName;

    /// <inheritdoc />
    public bool AcceptsForwardOnlyContent => true;

    /// <inheritdoc />
    public Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Root);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task PutAsync(string key, Stream content, long length, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(target, BufferSize, cancellationToken).ConfigureAwait(false);
                if (target.Length != length)
                {
                    throw new IOException($"Archiving {key}: expected {length} bytes, got {target.Length}.");
                }

                // On disk before the rename, or a power cut could leave a complete-looking empty file.
                target.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<StoredObject?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
            return Task.FromResult<StoredObject?>(new StoredObject(stream, stream.Length, null));
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<StoredObject?>(null);
        }
    }

    private string PathOf(string key)
    {
        if (!ArchiveKeys.IsSafe(key))
        {
            throw new ArgumentException("The archive key is not a safe relative path.", nameof(key));
        }

        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind as *.part: never read, harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
