using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kie.Sdk.Json;

/// <summary>The body of <c>POST /api/v1/jobs/createTask</c>.</summary>
internal sealed class CreateTaskWire
{
    /// <summary>The model id, verbatim.</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>Where KIE posts the result; note KIE's spelling with a capital B.</summary>
    [JsonPropertyName("callBackUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallBackUrl { get; set; }

    /// <summary>The model's input, keys verbatim.</summary>
    [JsonPropertyName("input")]
    public JsonObject Input { get; set; } = [];
}

/// <summary>The body of <c>POST /api/v1/common/download-url</c>.</summary>
internal sealed class DownloadUrlWire
{
    /// <summary>The KIE-hosted file URL (the field is <c>url</c>, not <c>fileUrl</c>).</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;
}

/// <summary>The body of <c>POST /api/file-url-upload</c>.</summary>
internal sealed class UrlUploadWire
{
    /// <summary>The public URL KIE downloads from.</summary>
    [JsonPropertyName("fileUrl")]
    public string FileUrl { get; set; } = string.Empty;

    /// <summary>The folder on the upload host, no leading or trailing slash.</summary>
    [JsonPropertyName("uploadPath")]
    public string UploadPath { get; set; } = string.Empty;

    /// <summary>The stored file name.</summary>
    [JsonPropertyName("fileName")]
    public string FileName { get; set; } = string.Empty;
}

/// <summary>The body of <c>POST /api/file-base64-upload</c>.</summary>
internal sealed class Base64UploadWire
{
    /// <summary>Raw base64 or a <c>data:</c> URL.</summary>
    [JsonPropertyName("base64Data")]
    public string Base64Data { get; set; } = string.Empty;

    /// <summary>The folder on the upload host, no leading or trailing slash.</summary>
    [JsonPropertyName("uploadPath")]
    public string UploadPath { get; set; } = string.Empty;

    /// <summary>The stored file name.</summary>
    [JsonPropertyName("fileName")]
    public string FileName { get; set; } = string.Empty;
}
