using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>How the menus ask for and show parameter values: which are buttons, which are typed, which are files.</summary>
internal static class ParameterText
{
    private static readonly string[] FlagValues = ["true", "false"];

    // Menus show defaults on every screen: parse each catalog default once (keyed by the parameter instance).
    private static readonly ConditionalWeakTable<KieModelParameter, StrongBox<JsonNode?>> Defaults = new();

    /// <summary>The name to show (catalog keys may carry stray spaces, e.g. <c>"reference_video_urls "</c>).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The name.</returns>
    public static string Name(KieModelParameter parameter) => parameter.Name.Trim();

    /// <summary>Whether the parameter is chosen with buttons (enums, flags, numbers from a fixed list).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>True for buttons.</returns>
    public static bool IsChoice(KieModelParameter parameter) => parameter.Type switch
    {
        KieParameterType.Enum or KieParameterType.Boolean => true,
        KieParameterType.Integer or KieParameterType.Number => parameter.AllowedValues.Count > 0,
        _ => false,
    };

    /// <summary>Whether the parameter takes files (uploaded to KIE's storage).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>True for URL parameters.</returns>
    public static bool IsFile(KieModelParameter parameter) => parameter.Type is KieParameterType.Url or KieParameterType.UrlList;

    /// <summary>The values a choice offers, in their declared spelling.</summary>
    /// <param name="parameter">A choice parameter.</param>
    /// <returns>The values.</returns>
    public static IReadOnlyList<string> ChoiceValues(KieModelParameter parameter) =>
        parameter.Type == KieParameterType.Boolean ? FlagValues : parameter.AllowedValues;

    /// <summary>A choice's button label.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="value">The declared value.</param>
    /// <param name="texts">The user's texts.</param>
    /// <returns>The label.</returns>
    public static string ChoiceLabel(KieModelParameter parameter, string value, BotTexts texts) =>
        parameter.Type == KieParameterType.Boolean ? (value == "true" ? texts.Yes : texts.No) : value;

    /// <summary>The canonical text of a scalar value (to compare with a choice), or null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string? Scalar(JsonNode? value)
    {
        if (value is not JsonValue scalar)
        {
            return null;
        }

        return scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => Number(scalar),
            _ => null,
        };
    }

    /// <summary>The parameter's default as a JSON value, or null; parsed once per parameter. Read it, never store it.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The default.</returns>
    public static JsonNode? DefaultOf(KieModelParameter parameter) => parameter.Default?.ValueKind switch
    {
        null or JsonValueKind.Null or JsonValueKind.Undefined => null,

        // Scalars are immutable and safe to share across threads; lists and objects build children lazily, so each
        // caller gets its own.
        JsonValueKind.Array or JsonValueKind.Object => JsonNode.Parse(parameter.Default.Value.GetRawText()),
        _ => Defaults.GetValue(parameter, static key => new StrongBox<JsonNode?>(JsonNode.Parse(key.Default!.Value.GetRawText()))).Value,
    };

    /// <summary>A value as a person reads it: flags as yes/no, files counted, long text shortened.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="value">The value.</param>
    /// <param name="texts">The user's texts.</param>
    /// <param name="limit">The most characters.</param>
    /// <returns>The text.</returns>
    public static string Display(KieModelParameter parameter, JsonNode? value, BotTexts texts, int limit = 60)
    {
        switch (parameter.Type)
        {
            case KieParameterType.Boolean when Scalar(value) is { } flag:
                return flag == "true" ? texts.Yes : texts.No;
            case KieParameterType.Url:
                return texts.OneFile;
            case KieParameterType.UrlList when value is JsonArray files:
                return texts.FileCount(files.Count);
            case KieParameterType.StringList when value is JsonArray items:
                return Shorten(string.Join("; ", items.Select(item => Scalar(item) ?? string.Empty)), limit);
        }

        return Shorten(Scalar(value) ?? value?.ToJsonString() ?? texts.NotSet, limit);
    }

    /// <summary>What a parameter accepts, in the user's language (the catalog's own words for structured lists).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="texts">The user's texts.</param>
    /// <returns>The text.</returns>
    public static string Allowed(KieModelParameter parameter, BotTexts texts) => parameter.Type switch
    {
        KieParameterType.Enum => texts.AllowedOneOf(string.Join(", ", parameter.AllowedValues)),
        KieParameterType.Integer or KieParameterType.Number when parameter.AllowedValues.Count > 0 => texts.AllowedOneOf(string.Join(", ", parameter.AllowedValues)),
        KieParameterType.Integer => texts.AllowedNumber(whole: true, Number(parameter.Minimum), Number(parameter.Maximum)),
        KieParameterType.Number => texts.AllowedNumber(whole: false, Number(parameter.Minimum), Number(parameter.Maximum)),
        KieParameterType.Boolean => texts.AllowedYesNo,
        KieParameterType.Url => texts.AllowedFile,
        KieParameterType.UrlList => texts.AllowedFiles(parameter.MaxItems),
        KieParameterType.StringList => texts.AllowedLines(parameter.MaxItems),
        KieParameterType.ObjectList => texts.AllowedJson(parameter.DescribeAllowed()),
        _ => texts.AllowedText(parameter.MaxLength),
    };

    /// <summary>Shortens a text to a limit with an ellipsis.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">The most characters.</param>
    /// <returns>The text or its start.</returns>
    public static string Shorten(string text, int limit)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= limit ? flat : string.Concat(flat.AsSpan(0, limit - 1), "…");
    }

    /// <summary>A number's text without trailing zeros, invariant (<c>0.5</c>, <c>10</c>).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal number) => (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? number) => number is { } value ? Number(value) : null;

    private static string Number(JsonValue value) =>
        value.TryGetValue(out long whole) ? whole.ToString(CultureInfo.InvariantCulture)
        : value.TryGetValue(out decimal number) ? Number(number)
        : value.ToJsonString();
}
