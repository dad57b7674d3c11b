using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kie.Sdk.Json;

/// <summary>
/// The envelope every KIE answer comes in: <c>{ code, msg, data }</c> on api.kie.ai, plus <c>success</c> on the upload
/// host. <c>data</c> stays raw JSON because its shape depends on the endpoint.
/// </summary>
internal sealed class KieEnvelope
{
    /// <summary>The body code; authoritative over the HTTP status. Read tolerantly (number or numeric text).</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Code { get; set; }

    /// <summary>The body message.</summary>
    [JsonPropertyName("msg")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Msg { get; set; }

    /// <summary>The upload host's success flag.</summary>
    [JsonPropertyName("success")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Success { get; set; }

    /// <summary>The payload; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    [JsonPropertyName("data")]
    public JsonElement Data { get; set; }

    private static readonly LenientInt32Converter CodeReader = new();
    private static readonly LenientStringConverter MsgReader = new();
    private static readonly LenientBooleanConverter SuccessReader = new();

    /// <summary>
    /// Reads an envelope as <c>JsonSerializer.Deserialize(body, KieJsonContext.Default.KieEnvelope)</c> does (same names,
    /// same lenient converters, the last of duplicate names wins, JSON <c>null</c> gives <see langword="null"/>), but
    /// with one parse of the body: the serializer validates <c>data</c> twice (once to skip it, once to parse it), and
    /// a task record's JSON-in-strings make that the dearest part of every status read.
    /// </summary>
    /// <param name="body">The UTF-8 body.</param>
    /// <returns>The envelope, or <see langword="null"/> for a body that is JSON <c>null</c>.</returns>
    /// <exception cref="JsonException">The body is not JSON, or not an object.</exception>
    public static KieEnvelope? Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The JSON value could not be converted to {nameof(KieEnvelope)} (it is {root.ValueKind}).");
        }

        var envelope = new KieEnvelope();
        var data = default(JsonElement);
        foreach (var property in root.EnumerateObject())
        {
            // The names of the [JsonPropertyName] attributes above.
            if (property.NameEquals("code"u8))
            {
                envelope.Code = ReadWith(CodeReader, property.Value);
            }
            else if (property.NameEquals("msg"u8))
            {
                envelope.Msg = ReadWith(MsgReader, property.Value);
            }
            else if (property.NameEquals("success"u8))
            {
                envelope.Success = ReadWith(SuccessReader, property.Value);
            }
            else if (property.NameEquals("data"u8))
            {
                data = property.Value;
            }
        }

        // A copy of the already validated bytes, outliving the pooled document.
        envelope.Data = data.ValueKind == JsonValueKind.Undefined ? default : data.Clone();
        return envelope;
    }

    private static T? ReadWith<T>(JsonConverter<T> converter, JsonElement value)
    {
        var reader = new Utf8JsonReader(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value));
        reader.Read();
        return converter.Read(ref reader, typeof(T), KieJsonContext.Default.Options);
    }
}
