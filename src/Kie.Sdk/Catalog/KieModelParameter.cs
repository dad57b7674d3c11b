using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// One input parameter of a <see cref="KieModelMode"/>: its key exactly as KIE expects it (odd keys included, e.g.
/// <c>"reference_video_urls "</c> with a trailing space), its type and its limits. Immutable.
/// </summary>
public sealed record KieModelParameter
{
    /// <summary>The <c>input</c> key, verbatim (never trimmed or re-cased).</summary>
    public required string Name { get; init; }

    /// <summary>The declared type; decides the check, the coercion of typed text, and the JSON type sent.</summary>
    public KieParameterType Type { get; init; }

    /// <summary>Whether the parameter must be present. A required parameter with a <see cref="Default"/> is filled in when absent.</summary>
    public bool Required { get; init; }

    /// <summary>The value applied when the parameter is absent, as the JSON KIE is sent; <see langword="null"/> for none.</summary>
    public JsonElement? Default { get; init; }

    /// <summary>
    /// The values allowed, in their declared spelling. For <see cref="KieParameterType.Enum"/> the list of choices (matched
    /// case-insensitively, sent in this casing); for <see cref="KieParameterType.Integer"/> and
    /// <see cref="KieParameterType.Number"/>, when not empty, the only numbers allowed (invariant culture text).
    /// </summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The smallest number allowed (inclusive), for integers and numbers.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest number allowed (inclusive), for integers and numbers.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The fewest characters allowed in a string (e.g. 1 for a prompt that may not be blank).</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters allowed in a string (or in each string of a string list).</summary>
    public int? MaxLength { get; init; }

    /// <summary>The fewest items allowed in a list.</summary>
    public int? MinItems { get; init; }

    /// <summary>The most items allowed in a list.</summary>
    public int? MaxItems { get; init; }

    /// <summary>What the parameter does, for help texts and menus.</summary>
    public string? Description { get; init; }

    /// <summary>For <see cref="KieParameterType.ObjectList"/>: the fields of each item (checked like parameters); empty when undocumented, then any object passes.</summary>
    public IReadOnlyList<KieModelParameter> ItemParameters { get; init; } = [];

    /// <summary>A short text of what the parameter accepts (values, range, length, items), for error messages and help.</summary>
    /// <returns>E.g. <c>one of 5, 10</c>, <c>integer 1–6</c> or <c>absolute http(s) URL</c>.</returns>
    public string DescribeAllowed() => ParameterDescriptions.Describe(this);
}
