using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Kie.Sdk.Json;

/// <summary>
/// Decodes JSON that KIE sends inside a JSON string (<c>param</c>, <c>resultJson</c>), with exactly the rules of
/// <see cref="JsonElementReading.DecodeEmbedded"/>, but into pooled documents, unescaped straight from the record's UTF-8
/// (no intermediate <see cref="string"/>, no second validation). What the caller keeps it copies out (<see cref="JsonElement.Clone"/>)
/// before <see cref="Dispose"/>. A mutable struct: use it from a local with try/finally, never from a
/// <see langword="using"/> variable (which would call <see cref="Decode"/> on a copy).
/// </summary>
internal struct EmbeddedJson
{
    // Two levels at most, as DecodeEmbedded: a document and the pooled bytes it reads from, per level.
    private JsonDocument? _outer;
    private byte[]? _outerBytes;
    private JsonDocument? _inner;
    private byte[]? _innerBytes;

    /// <summary>
    /// The decoded value: <paramref name="value"/> itself when it is not a string; <see langword="null"/> for blank
    /// text; the string element itself when its text is not JSON; otherwise the parsed root (decoded once more when
    /// that is a string). Elements returned live until <see cref="Dispose"/>, except <paramref name="value"/> itself.
    /// </summary>
    public JsonElement? Decode(JsonElement value)
    {
        for (var depth = 0; depth < 2 && value.ValueKind == JsonValueKind.String; depth++)
        {
            switch (TryParse(value, out var document, out var bytes))
            {
                case Outcome.Blank:
                    return null;
                case Outcome.NotJson:
                    return value;
                case Outcome.NeedsText:
                    // Text that starts with non-ASCII (Unicode spaces, say) or holds a lone surrogate: the string-based rules decide.
                    return JsonElementReading.DecodeEmbedded(value, levels: 2 - depth);
            }

            if (depth == 0)
            {
                (_outer, _outerBytes) = (document, bytes);
            }
            else
            {
                (_inner, _innerBytes) = (document, bytes);
            }

            value = document!.RootElement;
        }

        return value;
    }

    /// <summary>Returns the pooled documents and bytes.</summary>
    public void Dispose()
    {
        Release(ref _inner, ref _innerBytes);
        Release(ref _outer, ref _outerBytes);
    }

    private static void Release(ref JsonDocument? document, ref byte[]? bytes)
    {
        document?.Dispose();
        document = null;
        if (bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = null;
        }
    }

    private static Outcome TryParse(JsonElement text, out JsonDocument? document, out byte[]? bytes)
    {
        document = null;
        bytes = null;
        var escaped = JsonMarshal.GetRawUtf8Value(text)[1..^1];
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(escaped.Length, 1));
        var kind = Unescape(escaped, rented, out var length) ? Classify(rented.AsSpan(0, length)) : Outcome.NeedsText;
        if (kind == Outcome.Parsed)
        {
            try
            {
                document = JsonDocument.Parse(rented.AsMemory(0, length));
                bytes = rented;
                return kind;
            }
            catch (JsonException)
            {
                kind = Outcome.NotJson;
            }
        }

        ArrayPool<byte>.Shared.Return(rented);
        return kind;
    }

    /// <summary>
    /// Unescapes the content of a JSON string its document has already validated (so without validating it again,
    /// which is what makes <see cref="Utf8JsonReader.CopyString(Span{byte})"/> slow here). Unescaped text is never
    /// longer than escaped text. <see langword="false"/> for a lone surrogate, which only the string rules can judge.
    /// </summary>
    private static bool Unescape(ReadOnlySpan<byte> escaped, Span<byte> destination, out int written)
    {
        written = 0;
        while (true)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                escaped.CopyTo(destination[written..]);
                written += escaped.Length;
                return true;
            }

            escaped[..backslash].CopyTo(destination[written..]);
            written += backslash;
            var code = escaped[backslash + 1];
            escaped = escaped[(backslash + 2)..];
            if (code != (byte)'u')
            {
                destination[written++] = code switch
                {
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    _ => code, // \" \\ \/
                };
                continue;
            }

            var scalar = Hex(escaped[..4]);
            escaped = escaped[4..];
            if (scalar is >= 0xD800 and <= 0xDBFF && escaped is [(byte)'\\', (byte)'u', ..] && Hex(escaped[2..6]) is var low and >= 0xDC00 and <= 0xDFFF)
            {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00);
                escaped = escaped[6..];
            }
            else if (scalar is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            written += new Rune(scalar).EncodeToUtf8(destination[written..]);
        }
    }

    private static int Hex(ReadOnlySpan<byte> digits) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>string.IsNullOrWhiteSpace and LooksLikeJson on UTF-8, for ASCII; anything else is left to the string rules.</summary>
    private static Outcome Classify(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            switch (b)
            {
                // The ASCII characters char.IsWhiteSpace accepts.
                case (byte)' ' or >= 0x09 and <= 0x0D or >= 0x1C and <= 0x1F:
                    continue;
                case (byte)'{' or (byte)'[' or (byte)'"':
                    return Outcome.Parsed;
                case >= 0x80:
                    return Outcome.NeedsText;
                default:
                    return Outcome.NotJson;
            }
        }

        return Outcome.Blank;
    }

    private enum Outcome
    {
        Parsed,
        Blank,
        NotJson,
        NeedsText,
    }
}
