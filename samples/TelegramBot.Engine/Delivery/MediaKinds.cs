using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// How a result file is shown, from its name or media type: pictures as photos, videos, audio tracks, and anything
/// else (GIFs included, which Telegram would turn into silent animations) as a document.
/// </summary>
public static class MediaKinds
{
    /// <summary>The kind of a result URL, from the extension of its path.</summary>
    /// <param name="url">The result URL.</param>
    /// <returns>The kind.</returns>
    public static MediaKind FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString;
        return FromExtension(Path.GetExtension(path));
    }

    /// <summary>The kind of a file, from its extension (with or without the dot).</summary>
    /// <param name="extension">The extension, for example <c>.png</c>.</param>
    /// <returns>The kind.</returns>
    public static MediaKind FromExtension(string? extension) => (extension ?? string.Empty).TrimStart('.').ToLowerInvariant() switch
    {
        "png" or "jpg" or "jpeg" or "webp" => MediaKind.Photo,
        "mp4" or "mov" or "m4v" => MediaKind.Video,
        "mp3" or "m4a" or "wav" or "ogg" or "oga" or "flac" or "aac" => MediaKind.Audio,
        _ => MediaKind.Document,
    };

    /// <summary>The kind of a file from the media type its host reported, when the name said nothing.</summary>
    /// <param name="mediaType">The media type, for example <c>image/png</c>.</param>
    /// <returns>The kind, or null when the type says nothing useful.</returns>
    public static MediaKind? FromMediaType(string? mediaType) => mediaType switch
    {
        null => null,
        "image/gif" => MediaKind.Document,
        _ when mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => MediaKind.Photo,
        _ when mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) => MediaKind.Video,
        _ when mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => MediaKind.Audio,
        _ => null,
    };

    /// <summary>
    /// Whether two kinds may share one album: photos and videos mix, audio goes only with audio and documents only with
    /// documents (the Bot API's rule for <c>sendMediaGroup</c>).
    /// </summary>
    /// <param name="first">One kind.</param>
    /// <param name="second">The other.</param>
    /// <returns>True when they may be grouped.</returns>
    public static bool CanShareAlbum(MediaKind first, MediaKind second) => AlbumFamily(first) == AlbumFamily(second);

    /// <summary>The album family of a kind (photos and videos are one family).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The family: the kind itself, except video, which joins photos.</returns>
    public static MediaKind AlbumFamily(MediaKind kind) => kind == MediaKind.Video ? MediaKind.Photo : kind;
}
