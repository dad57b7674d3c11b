namespace Kie.Sdk.Testing.Media;

/// <summary>Media types by file extension, for stored uploads.</summary>
internal static class MediaTypes
{
    public const string Binary = FileMediaTypes.Binary;

    /// <summary>The SDK's own extension table, so the simulator serves files as the client labels them.</summary>
    public static string FromFileName(string? fileName) => FileMediaTypes.FromFileName(fileName);

    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        "image/gif" => ".gif",
        "video/mp4" => ".mp4",
        "audio/mpeg" => ".mp3",
        "audio/wav" or "audio/x-wav" => ".wav",
        "text/plain" => ".txt",
        _ => ".bin",
    };
}
