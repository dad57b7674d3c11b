using System.Collections.Concurrent;

namespace Kie.Sdk.Testing.Files;

/// <summary>
/// Uploaded files, by URL path, served from <c>https://tempfile.redpandaai.co/kieai/{uploadPath}/{fileName}</c>.
/// The same path again overwrites, as on KIE.
/// </summary>
internal sealed class UploadStore
{
    public const string Host = "tempfile.redpandaai.co";
    private const string Prefix = "/kieai/";

    private readonly ConcurrentDictionary<string, StoredFile> _files = new(StringComparer.Ordinal);

    public Uri Store(string uploadPath, string fileName, StoredFile file)
    {
        var url = new Uri($"https://{Host}{Prefix}{Escape(uploadPath)}/{Uri.EscapeDataString(fileName)}");
        _files[url.AbsolutePath] = file;
        return url;
    }

    public StoredFile? Find(string path) => _files.GetValueOrDefault(path);

    private static string Escape(string uploadPath) => string.Join('/', uploadPath.Split('/').Select(Uri.EscapeDataString));
}
