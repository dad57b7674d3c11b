using System.Globalization;
using System.Text.Json;

namespace Kie.Sdk.Json;

/// <summary>
/// Tolerant readers over <see cref="JsonElement"/>: KIE types several fields loosely (numbers as text, JSON inside
/// strings), and one odd field must never cost the caller the task id and state.
/// </summary>
internal static class JsonElementReading
{
    /// <summary>The named property when <paramref name="element"/> is an object and the value is not null.</summary>
    public static bool TryGet(this JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A string, number or boolean as text; empty text reads as <see langword="null"/>.</summary>
    public static string? GetText(this JsonElement element, string name) => element.TryGet(name, out var value) ? AsText(value) : null;

    /// <summary>A decimal sent as a number or numeric text.</summary>
    public static decimal? GetDecimal(this JsonElement element, string name) => element.TryGet(name, out var value) ? AsDecimal(value) : null;

    /// <summary>A whole number sent as a number (fractions truncated) or numeric text.</summary>
    public static long? GetInt64(this JsonElement element, string name) => element.TryGet(name, out var value) ? AsInt64(value) : null;

    /// <summary>A time sent as Unix milliseconds (number or text) or as ISO-8601 text.</summary>
    public static DateTimeOffset? GetUnixMilliseconds(this JsonElement element, string name) =>
        element.TryGet(name, out var value) ? AsUnixMilliseconds(value) : null;

    /// <summary>A string, number or boolean value as text; empty text, null and other kinds read as <see langword="null"/>.</summary>
    public static string? AsText(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A decimal value sent as a number or numeric text.</summary>
    public static decimal? AsDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A whole-number value sent as a number (fractions truncated) or numeric text.</summary>
    public static long? AsInt64(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.Number when value.TryGetDecimal(out var fraction) => (long)decimal.Truncate(fraction),
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A time value sent as Unix milliseconds (number or text) or as ISO-8601 text.</summary>
    public static DateTimeOffset? AsUnixMilliseconds(JsonElement value)
    {
        if (AsInt64(value) is { } milliseconds)
        {
            return milliseconds is > 0 and < 253402300800000 ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
        }

        return value.ValueKind == JsonValueKind.String &&
               DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>
    /// JSON that KIE may send either as JSON or as a string holding JSON (sometimes twice encoded). Text that is not
    /// JSON comes back as the string element itself.
    /// </summary>
    public static JsonElement? GetEmbeddedJson(this JsonElement element, string name) =>
        element.TryGet(name, out var value) ? DecodeEmbedded(value) : null;

    /// <summary>Decodes a value that may be JSON text inside a string, up to <paramref name="levels"/> (two) levels deep.</summary>
    public static JsonElement? DecodeEmbedded(JsonElement value, int levels = 2)
    {
        for (var depth = 0; depth < levels && value.ValueKind == JsonValueKind.String; depth++)
        {
            var text = value.GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (!LooksLikeJson(text) || !TryParse(text, out var parsed))
            {
                return value;
            }

            value = parsed;
        }

        return value;
    }

    /// <summary>Adds every absolute http(s) URL found in a string, an array of strings, or an array of objects with a URL field.</summary>
    public static void CollectUrls(JsonElement value, List<Uri> into)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                // No file: URLs: on Unix a bare path such as "/i/x.png" parses as file:///i/x.png, and no client can fetch a server's file.
                if (Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                {
                    into.Add(uri);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CollectUrls(item, into);
                }

                break;
            case JsonValueKind.Object:
                // Midjourney-style { resultUrl } and Suno-style { audio_url } items.
                foreach (var key in UrlKeys)
                {
                    if (value.TryGet(key, out var inner))
                    {
                        CollectUrls(inner, into);
                        break;
                    }
                }

                break;
        }
    }

    private static readonly string[] UrlKeys = ["resultUrl", "url", "audio_url", "audioUrl", "video_url", "videoUrl", "image_url", "imageUrl"];

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[' or '"';
    }

    private static bool TryParse(string text, out JsonElement element)
    {
        try
        {
            // One parse into an exactly sized document (JsonDocument.Parse + Clone parses into pooled arrays, then copies).
            element = JsonElement.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            element = default;
            return false;
        }
    }
}
