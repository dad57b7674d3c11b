using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>
/// A checker for the subset of JSON Schema (2020-12) that catalog.schema.json uses. A keyword outside the subset is an
/// error, so the schema cannot quietly grow a rule this checker ignores.
/// </summary>
internal sealed class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "title", "description", "default"];

    private readonly JsonElement _root;

    public MiniJsonSchema(JsonElement root) => _root = root;

    /// <summary>Every violation, as "path: message".</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(keyword.Value.GetString()!), value, path, errors);
                    break;
                case "type":
                    var types = keyword.Value.ValueKind == JsonValueKind.Array ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToArray() : [keyword.Value.GetString()!];
                    if (!types.Any(type => IsType(value, type)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, got {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {keyword.Value.GetRawText()}");
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (var property in keyword.Value.EnumerateObject())
                    {
                        if (value.TryGetProperty(property.Name, out var child))
                        {
                            Check(property.Value, child, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!))
                    {
                        if (!value.TryGetProperty(name, out _))
                        {
                            errors.Add($"{path}: missing required '{name}'");
                        }
                    }

                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                    var declared = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var property in value.EnumerateObject().Where(p => !declared.Contains(p.Name)))
                    {
                        if (keyword.Value.ValueKind == JsonValueKind.False)
                        {
                            errors.Add($"{path}: unexpected property '{property.Name}'");
                        }
                        else if (keyword.Value.ValueKind == JsonValueKind.Object)
                        {
                            Check(keyword.Value, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(keyword.Value, item, $"{path}[{index++}]", errors);
                    }

                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() < keyword.Value.GetInt32())
                    {
                        errors.Add($"{path}: fewer than {keyword.Value.GetInt32()} items");
                    }

                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length < keyword.Value.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {keyword.Value.GetInt32()}");
                    }

                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!, RegexOptions.CultureInvariant))
                    {
                        errors.Add($"{path}: '{value.GetString()}' does not match {keyword.Value.GetString()}");
                    }

                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() < keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: below {keyword.Value.GetDecimal().ToString(CultureInfo.InvariantCulture)}");
                    }

                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() > keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: above {keyword.Value.GetDecimal().ToString(CultureInfo.InvariantCulture)}");
                    }

                    break;
                case "exclusiveMinimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() <= keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: not above {keyword.Value.GetDecimal().ToString(CultureInfo.InvariantCulture)}");
                    }

                    break;
                case "properties" or "required" or "additionalProperties" or "items" or "minItems" or "minLength" or "pattern" or "minimum" or "maximum" or "exclusiveMinimum":
                    break; // The keyword does not apply to this kind of value.
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"The schema uses '{keyword.Name}', which this checker does not implement.");
                    }

                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported: {reference}");
        }

        var node = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node.GetProperty(segment);
        }

        return node;
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };
}
