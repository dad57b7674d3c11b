using System.Globalization;
using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Translates one property schema of KIE's <c>input</c> object into catalog terms: <c>$ref</c>s followed, a nullable
/// <c>oneOf</c>/<c>anyOf</c> or 3.1 type list collapsed to its non-null type, <c>enum</c>/<c>const</c> read as text.
/// </summary>
internal static class SchemaParameterReader
{
    public static KieSchemaParameter Read(string name, JsonElement schema, bool required, OpenApiRefs refs, IReadOnlyList<JsonElement> alternatives)
    {
        var resolved = Collapse(refs.Resolve(schema), refs) ?? default;
        var type = TypeOf(resolved);
        var values = new List<string>();
        foreach (var alternative in alternatives.Count > 0 ? alternatives : [schema])
        {
            foreach (var value in ValuesOf(Collapse(refs.Resolve(alternative), refs) ?? default))
            {
                if (!values.Contains(value, StringComparer.Ordinal))
                {
                    values.Add(value);
                }
            }
        }

        var items = type == "array" && resolved.TryGetProperty("items", out var itemSchema) ? Collapse(refs.Resolve(itemSchema), refs) : null;
        var (catalogType, schemaType) = Map(name, type, resolved, items, values);
        if (catalogType is null && type is not ("object" or null))
        {
            refs.Warnings.Add($"input '{name}': type {schemaType} has no catalog equivalent.");
        }

        return new KieSchemaParameter
        {
            Name = name,
            Type = catalogType,
            SchemaType = schemaType,
            Required = required,
            AllowedValues = catalogType is KieParameterType.Boolean ? [] : values.AsReadOnly(),
            Minimum = Number(resolved, "minimum"),
            Maximum = Number(resolved, "maximum"),
            MinLength = Whole(resolved, "minLength"),
            MaxLength = Whole(resolved, "maxLength"),
            MinItems = Whole(resolved, "minItems"),
            MaxItems = Whole(resolved, "maxItems"),
            Default = Property(resolved, "default") ?? Property(schema, "default"),
            Description = Text(schema, "description") ?? Text(resolved, "description") ?? Text(resolved, "title"),
        };
    }

    /// <summary>Reduces <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> wrappers with a single non-null branch to that branch.</summary>
    private static JsonElement? Collapse(JsonElement? schema, OpenApiRefs refs)
    {
        for (var depth = 0; depth < 4 && schema is { ValueKind: JsonValueKind.Object } node && TypeOf(node) is null; depth++)
        {
            JsonElement? only = null;
            var count = 0;
            foreach (var combinator in (string[])["oneOf", "anyOf", "allOf"])
            {
                if (node.TryGetProperty(combinator, out var branches) && branches.ValueKind == JsonValueKind.Array)
                {
                    foreach (var branch in branches.EnumerateArray())
                    {
                        if (refs.Resolve(branch) is { } resolved && TypeOf(resolved) != "null")
                        {
                            only ??= resolved;
                            count++;
                        }
                    }
                }
            }

            if (only is null)
            {
                return schema;
            }

            if (count > 1 && ValuesOf(node).Count == 0)
            {
                refs.Warnings.Add("a parameter allows several types; the first is compared.");
            }

            schema = only;
        }

        return schema;
    }

    /// <summary>The schema's type, the first non-null one of a 3.1 type list, or one implied by enum, items or properties.</summary>
    private static string? TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                return type.GetString();
            }

            if (type.ValueKind == JsonValueKind.Array)
            {
                return type.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()).FirstOrDefault(item => item != "null");
            }
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            var kinds = values.EnumerateArray().Where(value => value.ValueKind != JsonValueKind.Null).Select(value => value.ValueKind).Distinct().ToList();
            return kinds switch
            {
                [JsonValueKind.String] => "string",
                [JsonValueKind.Number] => values.EnumerateArray().All(value => value.ValueKind != JsonValueKind.Number || value.TryGetInt64(out _)) ? "integer" : "number",
                _ => null,
            };
        }

        if (schema.TryGetProperty("items", out _))
        {
            return "array";
        }

        return schema.TryGetProperty("properties", out _) ? "object" : null;
    }

    private static (KieParameterType? Type, string? SchemaType) Map(string name, string? type, JsonElement schema, JsonElement? items, List<string> values)
    {
        var format = Text(schema, "format");
        switch (type)
        {
            case "string" when values.Count > 0:
                return (KieParameterType.Enum, "string enum");
            case "string" when IsUrl(format, name):
                return (KieParameterType.Url, format is null ? "string" : $"string({format})");
            case "string":
                return (KieParameterType.String, format is null ? "string" : $"string({format})");
            case "integer":
                return (KieParameterType.Integer, values.Count > 0 ? "integer enum" : "integer");
            case "number":
                return (KieParameterType.Number, values.Count > 0 ? "number enum" : "number");
            case "boolean":
                return (KieParameterType.Boolean, "boolean");
            case "array":
                var itemType = items is { } item ? TypeOf(item) ?? "any" : "any";
                var itemFormat = items is { } formatted ? Text(formatted, "format") : null;
                return itemType switch
                {
                    "object" => (KieParameterType.ObjectList, "array<object>"),
                    "string" or "any" when IsUrl(itemFormat, name) => (KieParameterType.UrlList, $"array<{itemType}>"),
                    "string" or "any" => (KieParameterType.StringList, $"array<{itemType}>"),
                    _ => (null, $"array<{itemType}>"),
                };
            default:
                return (null, type);
        }
    }

    /// <summary>
    /// A string is a URL when its format says so or its key does (<c>image_url</c>, <c>image_urls</c>): KIE's schemas
    /// rarely give a format, and the catalog types such keys as URLs.
    /// </summary>
    private static bool IsUrl(string? format, string name) =>
        format is "uri" or "url" or "uri-reference" or "iri" ||
        name.TrimEnd().EndsWith("url", StringComparison.OrdinalIgnoreCase) ||
        name.TrimEnd().EndsWith("urls", StringComparison.OrdinalIgnoreCase);

    private static List<string> ValuesOf(JsonElement schema)
    {
        var values = new List<string>();
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        if (schema.TryGetProperty("enum", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            values.AddRange(list.EnumerateArray().Select(Scalar).Where(value => value is not null).Select(value => value!));
        }
        else if (schema.TryGetProperty("const", out var constant) && Scalar(constant) is { } single)
        {
            values.Add(single);
        }

        return values;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetDecimal(out var number) => ValueText.Canonical(number),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static decimal? Number(JsonElement schema, string name) => Property(schema, name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => number,
        { ValueKind: JsonValueKind.String } value when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static int? Whole(JsonElement schema, string name) => Number(schema, name) is { } number && number == decimal.Truncate(number) && number is >= 0 and <= int.MaxValue ? (int)number : null;

    private static JsonElement? Property(JsonElement schema, string name) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    private static string? Text(JsonElement schema, string name) =>
        Property(schema, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;
}
