using System.Globalization;
using Kie.Sdk.Testing.Media;
using Kie.Sdk.Testing.Tasks;

namespace Kie.Sdk.Testing.Files;

/// <summary>
/// Result URLs (<c>https://tempfile.aiquickdraw.com/s/{taskId}_{index}.png</c>) and their bytes, rendered on demand
/// from the task so that no result is held in memory.
/// </summary>
internal static class ResultFiles
{
    public const string Host = "tempfile.aiquickdraw.com";
    private const string Prefix = "/s/";

    public static IReadOnlyList<Uri> UrlsOf(KieSimulatorTask task)
    {
        var urls = new Uri[task.OutputCount];
        for (var i = 0; i < urls.Length; i++)
        {
            urls[i] = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://{Host}{Prefix}{task.TaskId}_{i}{ExtensionOf(task.Kind)}"));
        }

        return urls;
    }

    /// <summary>Reads a result path back into its task id and output index.</summary>
    public static bool TryParse(string path, out string taskId, out int index)
    {
        taskId = string.Empty;
        index = 0;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var name = Path.GetFileNameWithoutExtension(path.AsSpan(Prefix.Length));
        var separator = name.LastIndexOf('_');
        if (separator <= 0 || !int.TryParse(name[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        taskId = name[..separator].ToString();
        return true;
    }

    public static StoredFile Render(KieSimulatorTask task, int index) => task.Kind switch
    {
        MediaKind.Video => new(Mp4Placeholder.Render($"{task.Model} {task.TaskId}_{index}"), "video/mp4"),
        MediaKind.Audio => new(WavAudio.Render(Fingerprint.Of(task.Prompt, index)), "audio/wav"),
        _ => new(PngImage.Render(Fingerprint.Of(task.Prompt, index)), "image/png"),
    };

    private static string ExtensionOf(MediaKind kind) => kind switch
    {
        MediaKind.Video => ".mp4",
        MediaKind.Audio => ".wav",
        _ => ".png",
    };
}
