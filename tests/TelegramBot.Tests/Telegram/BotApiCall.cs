using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>A file uploaded in a multipart Bot API request.</summary>
/// <param name="FileName">The part's file name.</param>
/// <param name="Content">The bytes.</param>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// One request the bot made to the fake Bot API: the method and its parameters as one JSON object, whether it came as
/// JSON or as multipart form data (there every field is a part, nested objects are JSON strings and are parsed back
/// here, and files are parts referenced as <c>attach://name</c>).
/// </summary>
/// <param name="Method">The Bot API method (<c>sendMessage</c>…).</param>
/// <param name="Body">The parameters.</param>
/// <param name="Files">Uploaded files by part name.</param>
/// <param name="Multipart">Whether the request was multipart.</param>
public sealed record BotApiCall(string Method, JsonObject Body, IReadOnlyDictionary<string, UploadedFile> Files, bool Multipart)
{
    /// <summary>A string parameter, or null.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value.</returns>
    public string? Text(string name) => Body[name] is JsonValue value ? value.ToString() : Body[name]?.ToJsonString();

    /// <summary>A numeric parameter (JSON number or multipart string).</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value.</returns>
    public long Number(string name) => long.Parse(Text(name) ?? throw new KeyNotFoundException(name), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the parameter was sent at all.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>True when present.</returns>
    public bool Has(string name) => Body.ContainsKey(name);

    /// <summary>The chat a call is addressed to, or null.</summary>
    public long? ChatId => Has("chat_id") ? Number("chat_id") : null;

    /// <summary>Reads a request body.</summary>
    /// <param name="method">The method.</param>
    /// <param name="contentType">The Content-Type header.</param>
    /// <param name="body">The raw body.</param>
    /// <returns>The call.</returns>
    public static async Task<BotApiCall> ParseAsync(string method, string? contentType, byte[]? body)
    {
        if (body is null || body.Length == 0)
        {
            return new BotApiCall(method, [], new Dictionary<string, UploadedFile>(), false);
        }

        if (contentType is null || !contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var json = JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"{method}: the body is not a JSON object.");
            return new BotApiCall(method, json, new Dictionary<string, UploadedFile>(), false);
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        var fields = new JsonObject();
        var files = new Dictionary<string, UploadedFile>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value!;
                files[name] = new UploadedFile(fileName, content.ToArray());
                continue;
            }

            var text = Encoding.UTF8.GetString(content.ToArray());
            fields[name] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : JsonValue.Create(text);
        }

        return new BotApiCall(method, fields, files, true);
    }
}
