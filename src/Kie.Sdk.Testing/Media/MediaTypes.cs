namespace Kie.Sdk.Testing.Media;

/// <summary>Media types by file extension, for stored uploads.</summary>
internal static class MediaTypes
{
    public const string Binary = "application/octet-stream";

    public static string FromFileName(string? fileName) => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".mp4" => "video/mp4",
        ".mov" => "video/quicktime",
        ".webm" => "video/webm",
        ".mp3" => "audio/mpeg",
        ".wav" => "audio/wav",
        ".m4a" => "audio/mp4",
        ".ogg" => "audio/ogg",
        ".txt" => "text/plain",
        ".json" => "application/json",
        ".pdf" => "application/pdf",
        _ => Binary,
    };

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
