namespace Kie.Sdk;

/// <summary>Media types by file extension: what the client labels uploads with and the simulator serves files as.</summary>
internal static class FileMediaTypes
{
    /// <summary>The type for unknown extensions.</summary>
    public const string Binary = "application/octet-stream";

    /// <summary>The media type a file name's extension stands for, or <see cref="Binary"/>.</summary>
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
        ".ogg" or ".oga" => "audio/ogg",
        ".txt" => "text/plain",
        ".json" => "application/json",
        ".pdf" => "application/pdf",
        _ => Binary,
    };
}
