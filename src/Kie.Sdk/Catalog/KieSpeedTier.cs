namespace Kie.Sdk.Catalog;

/// <summary>
/// One speed or quality tier of a mode (fast vs standard, std vs pro) so a quote can show each side by side. A tier
/// either sets a parameter (<see cref="Parameter"/> = <see cref="Value"/>, e.g. Ideogram <c>rendering_speed=TURBO</c>)
/// or switches to a sibling mode of the same model (<see cref="ModeId"/>, e.g. ElevenLabs turbo).
/// </summary>
public sealed record KieSpeedTier
{
    /// <summary>The tier id: by convention <c>fast</c>, <c>standard</c>, <c>quality</c>, <c>pro</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name to show a person.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The parameter the tier sets, when it is a parameter tier.</summary>
    public string? Parameter { get; init; }

    /// <summary>The value the tier sets <see cref="Parameter"/> to (declared casing).</summary>
    public string? Value { get; init; }

    /// <summary>The sibling mode the tier switches to, when it is a mode tier.</summary>
    public string? ModeId { get; init; }
}
