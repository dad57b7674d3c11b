using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Typed reads from a catalog <see cref="JsonObject"/> that fail with the JSON path, and a check that no property is
/// misspelt: an override file saying <c>"credit": 5</c> must fail loudly, not leave the old price in place.
/// </summary>
internal readonly struct JsonReading(JsonObject node, string path)
{
    public string Path => path;

    public JsonObject Node => node;

    public void AllowOnly(params string[] names)
    {
        foreach (var (name, _) in node)
        {
            if (Array.IndexOf(names, name) < 0)
            {
                throw Fail(name, $"unknown property; expected one of {string.Join(", ", names)}.");
            }
        }
    }

    public string RequiredString(string name) => OptionalString(name) is { Length: > 0 } text ? text : throw Fail(name, "is required (non-empty text).");

    public string? OptionalString(string name) => node[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw Fail(name, "must be text."),
    };

    public bool Boolean(string name, bool fallback) => node[name] switch
    {
        null => fallback,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        _ => throw Fail(name, "must be true or false."),
    };

    public decimal? Decimal(string name) => node[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && ValueText.TryNumber(value, out var number) => number,
        _ => throw Fail(name, "must be a number."),
    };

    public int? Int(string name) => Decimal(name) switch
    {
        null => null,
        { } number when number == decimal.Truncate(number) && number is >= 0 and <= int.MaxValue => (int)number,
        _ => throw Fail(name, "must be a whole number of 0 or more."),
    };

    public DateOnly? Date(string name) => OptionalString(name) switch
    {
        null => null,
        { } text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => throw Fail(name, "must be a date as yyyy-MM-dd."),
    };

    public JsonReading? OptionalObject(string name) => node[name] switch
    {
        null => null,
        JsonObject child => new JsonReading(child, $"{path}.{name}"),
        _ => throw Fail(name, "must be an object."),
    };

    public IReadOnlyList<JsonReading> Objects(string name, bool required)
    {
        switch (node[name])
        {
            case null when !required:
                return [];
            case JsonArray array:
                var items = new List<JsonReading>(array.Count);
                for (var index = 0; index < array.Count; index++)
                {
                    items.Add(array[index] is JsonObject item ? new JsonReading(item, $"{path}.{name}[{index}]") : throw Fail($"{name}[{index}]", "must be an object."));
                }

                return items;
            default:
                throw Fail(name, "must be a list of objects.");
        }
    }

    public IReadOnlyList<string> Strings(string name)
    {
        switch (node[name])
        {
            case null:
                return [];
            case JsonArray array:
                var items = new List<string>(array.Count);
                for (var index = 0; index < array.Count; index++)
                {
                    items.Add(array[index] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                        ? value.GetValue<string>()
                        : throw Fail($"{name}[{index}]", "must be text."));
                }

                return items;
            default:
                throw Fail(name, "must be a list of texts.");
        }
    }

    /// <summary>A map of parameter → value; a null value is kept when <paramref name="allowNull"/> (rule conditions: "not set").</summary>
    public Dictionary<string, string?> Conditions(string name, bool allowNull)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        switch (node[name])
        {
            case null:
                return result;
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    result[key] = value switch
                    {
                        null when allowNull => null,
                        JsonValue scalar when scalar.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => ValueText.Of(scalar),
                        _ => throw Fail($"{name}.{key}", allowNull ? "must be text, a number, true/false or null." : "must be text, a number or true/false."),
                    };
                }

                return result;
            default:
                throw Fail(name, "must be an object of parameter → value.");
        }
    }

    public KieCatalogFormatException Fail(string name, string message) => new($"{path}.{name}", message);
}
