using System.Text.Json.Serialization;

namespace Kie.Sdk.Json;

/// <summary>The source-generated serializer context: the only way the SDK turns objects into JSON and back.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(KieEnvelope))]
[JsonSerializable(typeof(CreateTaskWire))]
[JsonSerializable(typeof(DownloadUrlWire))]
[JsonSerializable(typeof(UrlUploadWire))]
[JsonSerializable(typeof(Base64UploadWire))]
internal sealed partial class KieJsonContext : JsonSerializerContext;
