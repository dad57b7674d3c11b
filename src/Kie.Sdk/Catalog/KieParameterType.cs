namespace Kie.Sdk.Catalog;

/// <summary>
/// The declared type of a model parameter: how <see cref="ModelCatalog.Validate(string, string, KieInput)"/> checks and
/// coerces a value and which JSON type is sent. The catalog JSON names are given per member.
/// </summary>
public enum KieParameterType
{
    /// <summary>Free text, sent as a JSON string; may carry <see cref="KieModelParameter.MaxLength"/>. JSON: <c>string</c>.</summary>
    String = 0,

    /// <summary>
    /// One of <see cref="KieModelParameter.AllowedValues"/>, sent as a JSON string with the declared casing. KIE wants many
    /// numeric-looking values as strings (duration <c>"5"</c>, upscale factor <c>"2"</c>); those are enums. JSON: <c>enum</c>.
    /// </summary>
    Enum,

    /// <summary>A whole number, sent as a JSON number; may carry a minimum and maximum. JSON: <c>integer</c>.</summary>
    Integer,

    /// <summary>A decimal number, sent as a JSON number (never through <see cref="double"/>). JSON: <c>number</c>.</summary>
    Number,

    /// <summary>A flag, sent as JSON <c>true</c>/<c>false</c>. JSON: <c>boolean</c>.</summary>
    Boolean,

    /// <summary>An absolute http(s) URL, sent as a JSON string. JSON: <c>url</c>.</summary>
    Url,

    /// <summary>A list of absolute http(s) URLs, sent as a JSON array of strings. JSON: <c>url_list</c>.</summary>
    UrlList,

    /// <summary>A list of texts, sent as a JSON array of strings. JSON: <c>string_list</c>.</summary>
    StringList,

    /// <summary>
    /// A list of JSON objects (e.g. dialogue lines, shots); each item is checked against
    /// <see cref="KieModelParameter.ItemParameters"/>. JSON: <c>object_list</c>.
    /// </summary>
    ObjectList,
}
