using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// One <c>input</c> parameter of a model as KIE's OpenAPI schema declares it, translated to the catalog's terms.
/// Everything the schema leaves out is <see langword="null"/> or empty.
/// </summary>
public sealed record KieSchemaParameter
{
    /// <summary>The input key, verbatim (a trailing space is part of it).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The catalog type the schema maps to, or <see langword="null"/> when the schema's type is missing or not one the catalog knows.</summary>
    public KieParameterType? Type { get; init; }

    /// <summary>The schema's own type text (e.g. <c>string</c>, <c>array&lt;string&gt;</c>), for reports.</summary>
    public string? SchemaType { get; init; }

    /// <summary>Whether the schema lists the parameter as required (in every <c>oneOf</c> branch that has it).</summary>
    public bool Required { get; init; }

    /// <summary>The values the schema allows (<c>enum</c>/<c>const</c>), as invariant text; empty when it does not say.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The schema's <c>minimum</c>, when given.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The schema's <c>maximum</c>, when given.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The schema's <c>minLength</c>, when given.</summary>
    public int? MinLength { get; init; }

    /// <summary>The schema's <c>maxLength</c>, when given.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The schema's <c>minItems</c>, when given.</summary>
    public int? MinItems { get; init; }

    /// <summary>The schema's <c>maxItems</c>, when given.</summary>
    public int? MaxItems { get; init; }

    /// <summary>The schema's <c>default</c>, when given.</summary>
    public JsonElement? Default { get; init; }

    /// <summary>The schema's description, when given.</summary>
    public string? Description { get; init; }
}
