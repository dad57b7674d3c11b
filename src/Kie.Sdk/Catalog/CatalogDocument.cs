using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>Reads and writes catalog JSON as a <see cref="JsonObject"/> tree (no reflection: trim- and AOT-safe).</summary>
internal static class CatalogDocument
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    // Comments and trailing commas are allowed because override files are written by hand by administrators.
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses a stream into a JSON object.</summary>
    public static JsonObject Parse(Stream json, string what)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new KieCatalogFormatException(what, $"not valid JSON ({error.Message})", error);
        }

        return node as JsonObject ?? throw new KieCatalogFormatException(what, "the document must be a JSON object.");
    }

    /// <summary>Writes a JSON object as indented text.</summary>
    public static string Write(JsonObject document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
