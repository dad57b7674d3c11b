namespace Kie.Sdk.Catalog;

/// <summary>
/// A rule across parameters: when every condition in <see cref="When"/> holds, <see cref="Parameter"/> must be one of
/// <see cref="AllowedValues"/>. E.g. GPT Image 2: an aspect ratio of <c>1:1</c> cannot be rendered at <c>4K</c>.
/// </summary>
public sealed record KieParameterConstraint
{
    /// <summary>The conditions, parameter → value (after coercion, compared case-insensitively).</summary>
    public IReadOnlyDictionary<string, string> When { get; init; } = new Dictionary<string, string>();

    /// <summary>The parameter the constraint limits.</summary>
    public required string Parameter { get; init; }

    /// <summary>The values <see cref="Parameter"/> may take while the conditions hold.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Why, for the problem reported when the constraint is broken.</summary>
    public string? Message { get; init; }
}
