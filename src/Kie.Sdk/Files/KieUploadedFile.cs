using System.Text.Json;

namespace Kie.Sdk;

/// <summary>A file stored on KIE's upload host. Files are kept for a limited time (24 hours to be safe).</summary>
public sealed record KieUploadedFile
{
    /// <summary>The hosted URL (<c>downloadUrl</c>) to pass into a task's input.</summary>
    public Uri Url { get; init; } = new("about:blank");

    /// <summary>The stored file name (unique, chosen by the SDK).</summary>
    public string? FileName { get; init; }

    /// <summary>The path on the upload host.</summary>
    public string? FilePath { get; init; }

    /// <summary>The size in bytes, when reported.</summary>
    public long? Size { get; init; }

    /// <summary>The MIME type, when reported.</summary>
    public string? MimeType { get; init; }

    /// <summary>When the file was stored, when reported.</summary>
    public DateTimeOffset? UploadedAt { get; init; }

    /// <summary>The whole answer as the upload host sent it.</summary>
    public JsonElement RawJson { get; init; }
}
