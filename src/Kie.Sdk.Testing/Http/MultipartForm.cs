using System.Net.Http.Headers;
using System.Text;

namespace Kie.Sdk.Testing.Http;

/// <summary>One part of a multipart/form-data body.</summary>
internal sealed record FormPart(string Name, string? FileName, string? MediaType, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}

/// <summary>
/// A minimal multipart/form-data reader (RFC 7578), enough for what HttpClient's MultipartFormDataContent sends;
/// the framework's reader lives in ASP.NET Core, which a test double should not drag in.
/// </summary>
internal static class MultipartForm
{
    /// <summary>The parts, or <see langword="null"/> when the body is not well-formed multipart.</summary>
    public static IReadOnlyList<FormPart>? TryRead(MediaTypeHeaderValue? contentType, byte[] body)
    {
        var boundary = contentType?.Parameters.FirstOrDefault(p => string.Equals(p.Name, "boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"');
        if (!string.Equals(contentType?.MediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(boundary))
        {
            return null;
        }

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var nextDelimiter = Encoding.ASCII.GetBytes("\r\n--" + boundary);
        ReadOnlySpan<byte> span = body;
        var start = span.IndexOf(delimiter);
        if (start < 0)
        {
            return null;
        }

        var parts = new List<FormPart>();
        var position = start + delimiter.Length;
        while (true)
        {
            var rest = span[position..];
            if (rest.StartsWith("--"u8))
            {
                return parts;
            }

            if (!rest.StartsWith("\r\n"u8))
            {
                return null;
            }

            position += 2;
            var headerLength = span[position..].IndexOf("\r\n\r\n"u8);
            if (headerLength < 0)
            {
                return null;
            }

            var headers = Encoding.UTF8.GetString(span.Slice(position, headerLength));
            var contentStart = position + headerLength + 4;
            var contentLength = span[contentStart..].IndexOf(nextDelimiter);
            if (contentLength < 0)
            {
                return null;
            }

            if (ReadPart(headers, span.Slice(contentStart, contentLength).ToArray()) is { } part)
            {
                parts.Add(part);
            }

            position = contentStart + contentLength + nextDelimiter.Length;
        }
    }

    private static FormPart? ReadPart(string headers, byte[] content)
    {
        ContentDispositionHeaderValue? disposition = null;
        string? mediaType = null;
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase))
            {
                ContentDispositionHeaderValue.TryParse(value, out disposition);
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && MediaTypeHeaderValue.TryParse(value, out var type))
            {
                mediaType = type.MediaType;
            }
        }

        var fieldName = disposition?.Name?.Trim('"');
        if (string.IsNullOrEmpty(fieldName))
        {
            return null;
        }

        var fileName = disposition!.FileNameStar ?? disposition.FileName?.Trim('"');
        return new FormPart(fieldName, string.IsNullOrEmpty(fileName) ? null : fileName, mediaType, content);
    }
}
