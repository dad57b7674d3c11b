using System.Text.Json;
using Kie.Sdk.Json;

namespace Kie.Sdk;

/// <summary>Reads the upload host's answer. The documented shape has <c>downloadUrl</c>; the quickstart's has <c>fileUrl</c>.</summary>
internal static class UploadedFileReader
{
    public static KieUploadedFile Read(JsonElement data, string operation)
    {
        var url = data.GetText("downloadUrl") ?? data.GetText("fileUrl") ?? data.GetText("url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var hosted))
        {
            throw new KieSubmissionUnknownException(
                KieErrorDetails.None,
                $"KIE {operation} answered success without a file URL (data.downloadUrl); the file may have been stored.",
                new KieInvalidResponseException(KieErrorDetails.None, "Missing data.downloadUrl."));
        }

        return new KieUploadedFile
        {
            Url = hosted,
            FileName = data.GetText("fileName"),
            FilePath = data.GetText("filePath"),
            Size = data.GetInt64("fileSize"),
            MimeType = data.GetText("mimeType"),
            UploadedAt = data.GetUnixMilliseconds("uploadedAt"),
            RawJson = data,
        };
    }
}
