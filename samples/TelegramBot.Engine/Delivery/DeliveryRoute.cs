using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>How one result file reaches the chat once the platform would not (or could not) fetch it by URL.</summary>
public enum DeliveryRoute
{
    /// <summary>Upload the bytes as the file's own kind (photo, video, audio).</summary>
    Upload,

    /// <summary>Upload the bytes as a document (too large for its kind, or refused as its kind).</summary>
    Document,

    /// <summary>Too large to upload at all: send a link.</summary>
    Link,
}

/// <summary>Telegram's size rules for results, as decisions (the limits come from <see cref="DeliveryOptions"/>).</summary>
public static class DeliveryRoutes
{
    /// <summary>
    /// Whether a file should be offered to the platform by URL first: always, unless its size is known and above the
    /// platform's fetch limit for its kind (5 MB photos, 20 MB others).
    /// </summary>
    /// <param name="kind">How it is shown.</param>
    /// <param name="size">Its size, when known.</param>
    /// <param name="options">The limits.</param>
    /// <returns>True to try the URL.</returns>
    public static bool ByUrl(MediaKind kind, long? size, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return size is not { } bytes || bytes <= options.ByUrlLimit(kind);
    }

    /// <summary>The route of a downloaded file: its own kind up to its upload limit (10 MB photos, 50 MB others), a document up to 50 MB, else a link.</summary>
    /// <param name="kind">How it is shown.</param>
    /// <param name="size">Its size; null when the download was cut off for being larger than the document limit.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The route.</returns>
    public static DeliveryRoute AfterDownload(MediaKind kind, long? size, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (size is not { } bytes || bytes > options.FileUploadMaxBytes)
        {
            return DeliveryRoute.Link;
        }

        return bytes <= options.UploadLimit(kind) ? DeliveryRoute.Upload : DeliveryRoute.Document;
    }
}
