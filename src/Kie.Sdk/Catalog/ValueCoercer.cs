using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Checks one value against its parameter and turns it into the JSON KIE expects, accepting what people type:
/// "16:9" or "1080p" for enums (any casing), "5" for numbers, "yes"/"да" for flags, "0,5" for decimals, comma or
/// newline separated URLs for lists. Problems go to the caller's list; the result is null when the value is unusable.
/// </summary>
internal static partial class ValueCoercer
{
    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["false"] = false, ["yes"] = true, ["no"] = false, ["y"] = true, ["n"] = false,
        ["1"] = true, ["0"] = false, ["on"] = true, ["off"] = false,
        ["да"] = true, ["нет"] = false, ["д"] = true, ["н"] = false, ["вкл"] = true, ["выкл"] = false,
    };

    public static JsonNode? Coerce(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems) => parameter.Type switch
    {
        KieParameterType.Enum => Enum(parameter, value, field, problems),
        KieParameterType.Integer => Number(parameter, value, field, problems, integer: true),
        KieParameterType.Number => Number(parameter, value, field, problems, integer: false),
        KieParameterType.Boolean => Boolean(parameter, value, field, problems),
        KieParameterType.Url => Url(parameter, value, field, problems),
        KieParameterType.UrlList => List(parameter, SplitUrls(value), field, problems, Url),
        KieParameterType.StringList => List(parameter, SplitLines(value), field, problems, Text),
        KieParameterType.ObjectList => List(parameter, ParseObjects(value), field, problems, Object),
        _ => Text(parameter, value, field, problems),
    };

    private static JsonNode? Text(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems)
    {
        // A number typed where text is declared (a seed KIE documents as a string) is sent as its text.
        var text = value is JsonValue scalar && scalar.GetValueKind() is JsonValueKind.String or JsonValueKind.Number ? ValueText.Of(scalar) : null;
        if (text is null)
        {
            return Problem(parameter, field, problems, $"must be text; got {Show(value)}");
        }

        var length = CountCharacters(text);
        if (parameter.MinLength is { } min && length < min)
        {
            return Problem(parameter, field, problems, min == 1 ? "must not be empty" : $"is {length} characters; the fewest is {min}");
        }

        if (parameter.MaxLength is { } max && length > max)
        {
            return Problem(parameter, field, problems, $"is {length} characters; the most is {max}");
        }

        return JsonValue.Create(text);
    }

    private static JsonNode? Enum(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems)
    {
        var text = ValueText.Of(value)?.Trim();
        if (text is null)
        {
            return Problem(parameter, field, problems, $"must be one value; got {Show(value)}");
        }

        var match = Find(parameter.AllowedValues, text);
        return match is null
            ? Problem(parameter, field, problems, $"'{text}' is not allowed")
            : JsonValue.Create(match);
    }

    private static JsonNode? Number(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems, bool integer)
    {
        var kind = integer ? "a whole number" : "a number";
        if (!ValueText.TryNumber(value, out var number))
        {
            return Problem(parameter, field, problems, $"must be {kind}; got {Show(value)}");
        }

        if (integer && number != decimal.Truncate(number))
        {
            return Problem(parameter, field, problems, $"must be {kind}; got {ValueText.Canonical(number)}");
        }

        var shown = ValueText.Canonical(number);
        if (parameter.AllowedValues.Count > 0 && !parameter.AllowedValues.Any(allowed => ValueText.TryParse(allowed, out var candidate) && candidate == number))
        {
            return Problem(parameter, field, problems, $"{shown} is not allowed");
        }

        if (parameter.Minimum is { } min && number < min)
        {
            return Problem(parameter, field, problems, $"{shown} is below the minimum {ValueText.Canonical(min)}");
        }

        if (parameter.Maximum is { } max && number > max)
        {
            return Problem(parameter, field, problems, $"{shown} is above the maximum {ValueText.Canonical(max)}");
        }

        return integer && number is >= long.MinValue and <= long.MaxValue
            ? JsonValue.Create((long)number)
            : JsonValue.Create(ValueText.Normalise(number));
    }

    private static JsonNode? Boolean(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems)
    {
        var text = ValueText.Of(value)?.Trim();
        return text is not null && Flags.TryGetValue(text, out var flag)
            ? JsonValue.Create(flag)
            : Problem(parameter, field, problems, $"must be true or false; got {Show(value)}");
    }

    private static JsonNode? Url(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems)
    {
        var text = value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>().Trim() : null;
        if (text is null)
        {
            return Problem(parameter, field, problems, $"must be a URL; got {Show(value)}");
        }

        // KIE downloads inputs itself: only absolute http(s) URLs can work (no file paths, data: or ftp: URLs).
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host)
            ? JsonValue.Create(text)
            : Problem(parameter, field, problems, $"'{Shorten(text)}' is not an absolute http(s) URL");
    }

    private static JsonNode? Problem(KieModelParameter parameter, string field, List<KieValidationProblem> problems, string message)
    {
        problems.Add(new KieValidationProblem(field, message, parameter.DescribeAllowed()));
        return null;
    }

    /// <summary>Characters as people count them: a letter outside the basic plane (an emoji) is one, not two UTF-16 units.</summary>
    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The declared value a typed one means: exact, else ignoring case, else ignoring case and spaces ("16 : 9").</summary>
    private static string? Find(IReadOnlyList<string> allowed, string text)
    {
        string? loose = null;
        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate, text, StringComparison.Ordinal))
            {
                return candidate;
            }

            if (loose is null && string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase))
            {
                loose = candidate;
            }
        }

        if (loose is not null || !text.Any(char.IsWhiteSpace))
        {
            return loose;
        }

        var squeezed = Squeeze(text);
        foreach (var candidate in allowed)
        {
            if (string.Equals(Squeeze(candidate), squeezed, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Show(JsonNode? value) => value switch
    {
        null => "null",
        JsonArray => "a list",
        JsonObject => "an object",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => $"'{Shorten(scalar.GetValue<string>())}'",
        _ => Shorten(value.ToJsonString()),
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..77]}...");
}
