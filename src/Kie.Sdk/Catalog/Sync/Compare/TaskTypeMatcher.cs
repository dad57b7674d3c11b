using System.Text;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Decides whether a local mode covers one of KIE's task types ("Text to Video" ↔ mode <c>text-to-video</c>). KIE's
/// task types are human words, and the catalog names some modes differently (an edit is KIE's "Image to Image"), so a
/// small table of synonyms keeps the report from flagging modes that exist under another name. A mode id with a suffix
/// (<c>image-to-video-pro</c>) covers its base type.
/// </summary>
internal static class TaskTypeMatcher
{
    private static readonly string[][] Synonyms =
    [
        ["edit", "image-to-image", "image-edit", "image-editing", "edit-image"],
        ["remove-background", "background-removal", "background-remover", "remove-bg"],
        ["upscale", "upscaler", "image-upscale", "image-upscaler", "image-upscaling", "video-upscale", "video-upscaler", "video-upscaling"],
        ["lip-sync", "lipsync", "avatar", "ai-avatar", "talking-avatar", "audio-to-video", "speech-to-video"],
        ["sound-effect", "sound-effects", "text-to-sound-effect", "text-to-sound-effects", "text-to-sfx", "text-to-audio"],
        ["text-to-dialogue", "dialogue"],
        ["text-to-speech", "tts"],
        ["speech-to-text", "stt", "transcription", "audio-to-text"],
        ["reference-to-video", "reference-image-to-video", "references-to-video"],
        ["multi-shot", "multishot", "multi-shot-video"],
    ];

    /// <summary>A task type as a mode id: lower case, words joined by hyphens ("Text to Video" → <c>text-to-video</c>).</summary>
    public static string ToModeId(string taskType)
    {
        var text = new StringBuilder(taskType.Length);
        foreach (var character in taskType.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character) || character == '.')
            {
                text.Append(character);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().Trim('-', '.');
    }

    /// <summary>Whether any of <paramref name="modeIds"/> covers the task type.</summary>
    public static bool IsCovered(string taskType, IEnumerable<string> modeIds)
    {
        var wanted = ToModeId(taskType);
        if (wanted.Length == 0)
        {
            return true;
        }

        var names = Synonyms.FirstOrDefault(group => group.Contains(wanted, StringComparer.Ordinal)) ?? [wanted];
        return modeIds.Any(modeId => names.Any(name =>
            string.Equals(modeId, name, StringComparison.OrdinalIgnoreCase) ||
            modeId.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase)));
    }
}
