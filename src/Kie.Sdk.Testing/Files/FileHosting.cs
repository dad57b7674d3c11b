using System.Globalization;
using Kie.Sdk.Testing.Tasks;

namespace Kie.Sdk.Testing.Files;

/// <summary>
/// The storage side of the simulator: which URLs it hosts (results of succeeded tasks and uploads), their bytes,
/// and temporary signed links (<c>?sig=…&amp;expires=…</c>, valid 20 minutes as on KIE).
/// </summary>
internal sealed class FileHosting(Func<string, KieSimulatorTask?> findTask, UploadStore uploads, TimeProvider time)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(20);

    private static readonly string[] StorageHosts = [ResultFiles.Host, "file.aiquickdraw.com", UploadStore.Host];

    /// <summary>The file at a path (any host), or <see langword="null"/>. Results exist only once their task has succeeded.</summary>
    public StoredFile? Find(string path)
    {
        if (ResultFiles.TryParse(path, out var taskId, out var index))
        {
            return findTask(taskId) is { } task &&
                index < task.OutputCount &&
                task.PhaseAt(time.GetUtcNow()) is { IsFinal: true } &&
                task.Timeline.Succeeds
                ? ResultFiles.Render(task, index)
                : null;
        }

        return uploads.Find(path);
    }

    /// <summary>Whether a URL is one KIE would call its own: a storage host and a file that exists.</summary>
    public bool IsHosted(Uri url) =>
        url.IsAbsoluteUri &&
        StorageHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase) &&
        Find(url.AbsolutePath) is not null;

    public Uri SignedLink(Uri url)
    {
        var expires = (time.GetUtcNow() + LinkLifetime).ToUnixTimeSeconds();
        var signature = Media.Fingerprint.Of(url.AbsolutePath, unchecked((int)expires)).ToString("x8", CultureInfo.InvariantCulture);
        var builder = new UriBuilder(url) { Query = $"sig={signature}&expires={expires.ToString(CultureInfo.InvariantCulture)}" };
        return builder.Uri;
    }

    /// <summary>Whether a link's <c>expires</c> query (if any) has passed.</summary>
    public bool IsExpired(string? expires) =>
        expires is not null &&
        (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < time.GetUtcNow().ToUnixTimeSeconds());
}
