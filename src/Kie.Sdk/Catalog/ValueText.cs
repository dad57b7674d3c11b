using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Reads JSON values as the text and numbers that rules compare: one canonical spelling per value, so a price rule
/// written <c>"5"</c> matches a duration sent as <c>"5"</c>, <c>5</c> or <c>5.0</c>.
/// </summary>
internal static class ValueText
{
    /// <summary>The canonical text of a scalar (string as is, bool as true/false, number without trailing zeros); null for absent, null, arrays and objects.</summary>
    public static string? Of(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number when TryNumber(value, out var number) => Canonical(number),
            _ => null,
        };
    }

    /// <summary><see langword="true"/> when the value is absent, JSON null, an empty string or an empty array.</summary>
    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonValue value => value.GetValueKind() == JsonValueKind.Null,
        _ => false,
    };

    /// <summary>Reads a JSON number, or a string holding one, as a decimal.</summary>
    public static bool TryNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.TryGetValue(out number) || TryInteger(value, out number) || TryFromElement(value, out number),
            JsonValueKind.String => TryParse(value.GetValue<string>(), out number),
            _ => false,
        };
    }

    /// <summary>Parses a number typed by a person: invariant, with a decimal comma accepted ("0,5").</summary>
    public static bool TryParse(string? text, out decimal number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        // A lone comma is a decimal comma (ru, de, fr keyboards); a comma beside a point is a thousands separator, refused.
        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            if (trimmed.Contains('.', StringComparison.Ordinal) || trimmed.Count(c => c == ',') > 1)
            {
                return false;
            }

            trimmed = trimmed.Replace(',', '.');
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A number's canonical text: invariant, no trailing zeros ("5", "0.5").</summary>
    public static string Canonical(decimal number) => Normalise(number).ToString(CultureInfo.InvariantCulture);

    /// <summary>Drops trailing zeros, so 5.0 and 5 compare and print alike.</summary>
    public static decimal Normalise(decimal number) => number / 1.0000000000000000000000000000m;

    private static bool TryInteger(JsonValue value, out decimal number)
    {
        // Validation stores whole numbers as long; reading them back must not go through text.
        var found = value.TryGetValue(out long whole);
        number = whole;
        return found;
    }

    private static bool TryFromElement(JsonValue value, out decimal number)
    {
        // A value created from a long or double is not stored as decimal; go through its JSON text (still no double math).
        number = 0;
        return TryParse(value.ToJsonString(), out number);
    }
}
