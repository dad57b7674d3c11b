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
}
