using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Kie.Sdk.Testing.Files;
using Kie.Sdk.Testing.Http;
using Kie.Sdk.Testing.Media;

namespace Kie.Sdk.Testing.Endpoints;

/// <summary>The upload host's three endpoints. Its envelope differs from the API's: it adds <c>success</c>.</summary>
internal static class UploadEndpoints
{
    public static HttpResponseMessage Stream(SimulatorState state, IncomingRequest request)
    {
        if (MultipartForm.TryRead(request.ContentType, request.Body) is not { } parts)
        {
            return Error("The body must be multipart/form-data.");
        }

        var file = parts.FirstOrDefault(part => part.Name == "file");
        if (file is null)
        {
            return Error("file is required.");
        }

        var uploadPath = parts.FirstOrDefault(part => part.Name == "uploadPath")?.Text;
        var fileName = NonEmpty(parts.FirstOrDefault(part => part.Name == "fileName")?.Text) ?? file.FileName ?? "upload.bin";
        var byName = MediaTypes.FromFileName(fileName);
        var mediaType = byName != MediaTypes.Binary ? byName : file.MediaType ?? MediaTypes.Binary;
        return Store(state, uploadPath, fileName, new StoredFile(file.Content, mediaType));
    }

    public static HttpResponseMessage Base64(SimulatorState state, IncomingRequest request)
    {
        using var document = request.TryParseJsonObject();
        if (document is null)
        {
            return Error("The request body must be a JSON object.");
        }

        var root = document.RootElement;
        if (Text(root, "base64Data") is not { } data)
        {
            return Error("base64Data is required.");
        }

        // A data: URL carries its own media type; raw base64 gets one from the file name.
        string? declaredType = null;
        if (data.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = data.IndexOf(',', StringComparison.Ordinal);
            var header = comma < 0 ? string.Empty : data[5..comma];
            if (comma < 0 || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                return Error("base64Data is not a base64 data: URL.");
            }

            declaredType = NonEmpty(header[..^7]);
            data = data[(comma + 1)..];
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data);
        }
        catch (FormatException)
        {
            return Error("base64Data is not valid base64.");
        }

        var mediaType = declaredType ?? MediaTypes.FromFileName(Text(root, "fileName"));
        var fileName = Text(root, "fileName") ?? DefaultName(state, mediaType);
        return Store(state, Text(root, "uploadPath"), fileName, new StoredFile(bytes, mediaType));
    }

    public static HttpResponseMessage FromUrl(SimulatorState state, IncomingRequest request)
    {
        using var document = request.TryParseJsonObject();
        if (document is null)
        {
            return Error("The request body must be a JSON object.");
        }

        var root = document.RootElement;
        if (!Uri.TryCreate(Text(root, "fileUrl"), UriKind.Absolute, out var source) ||
            (source.Scheme != Uri.UriSchemeHttp && source.Scheme != Uri.UriSchemeHttps))
        {
            return Error("fileUrl must be a public http(s) URL.");
        }

        var fileName = Text(root, "fileName") ?? NonEmpty(Uri.UnescapeDataString(source.Segments[^1].TrimEnd('/'))) ?? DefaultName(state, MediaTypes.Binary);

        // No internet here: copy a file the simulator hosts, otherwise store a stand-in of the URL's apparent type.
        var file = state.Files.Find(source.AbsolutePath) is { } hosted && state.Files.IsHosted(source)
            ? hosted
            : Placeholder(source);
        return Store(state, Text(root, "uploadPath"), fileName, file);
    }

    private static HttpResponseMessage Store(SimulatorState state, string? uploadPath, string fileName, StoredFile file)
    {
        if (string.IsNullOrWhiteSpace(uploadPath))
        {
            return Error("uploadPath is required.");
        }

        if (uploadPath.StartsWith('/') || uploadPath.EndsWith('/'))
        {
            return Error("uploadPath must not start or end with '/'.");
        }

        var url = state.Uploads.Store(uploadPath, fileName, file);
        var uploadedAt = state.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var body = JsonBodies.Write((uploadPath, fileName, url, file, uploadedAt), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WriteNumber("code", 200);
            writer.WriteString("msg", "File uploaded successfully");
            writer.WriteStartObject("data");
            writer.WriteString("fileName", s.fileName);
            writer.WriteString("filePath", $"{s.uploadPath}/{s.fileName}");
            writer.WriteString("downloadUrl", s.url.AbsoluteUri);
            writer.WriteNumber("fileSize", s.file.Bytes.Length);
            writer.WriteString("mimeType", s.file.MediaType);
            writer.WriteString("uploadedAt", s.uploadedAt);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return Responses.Json(HttpStatusCode.OK, body);
    }

    private static HttpResponseMessage Error(string message) => Responses.Json(
        HttpStatusCode.BadRequest,
        JsonBodies.Write(message, static (writer, text) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", false);
            writer.WriteNumber("code", 400);
            writer.WriteString("msg", text);
            writer.WriteNull("data");
            writer.WriteEndObject();
        }));

    private static StoredFile Placeholder(Uri source)
    {
        var hash = Fingerprint.Of(source.AbsoluteUri);
        var apparent = MediaTypes.FromFileName(source.AbsolutePath);
        return apparent.Split('/')[0] switch
        {
            "image" => new StoredFile(PngImage.Render(hash), "image/png"),
            "audio" => new StoredFile(WavAudio.Render(hash), "audio/wav"),
            "video" => new StoredFile(Mp4Placeholder.Render(source.AbsoluteUri), "video/mp4"),
            _ => new StoredFile(Encoding.UTF8.GetBytes($"KieSimulator placeholder for {source.AbsoluteUri}"), "text/plain"),
        };
    }

    private static string DefaultName(SimulatorState state, string mediaType) =>
        string.Create(CultureInfo.InvariantCulture, $"upload-{state.Time.GetUtcNow().ToUnixTimeMilliseconds()}{MediaTypes.ExtensionOf(mediaType)}");

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
