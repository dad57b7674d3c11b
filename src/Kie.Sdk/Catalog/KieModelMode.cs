namespace Kie.Sdk.Catalog;

/// <summary>
/// One way of using a catalogued model (text-to-video, image-to-video, edit, …): the API model id it is sent as, its
/// parameters, cross-parameter constraints, prices and speed tiers. Immutable.
/// </summary>
public sealed record KieModelMode
{
    /// <summary>The mode id, unique within its model (see <see cref="KieModeIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The name to show a person.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The Market model id sent as <c>model</c> in createTask, verbatim (e.g. <c>kling-2.6/image-to-video</c>).</summary>
    public required string ApiModel { get; init; }

    /// <summary>The parameters, in the order a form should ask for them.</summary>
    public IReadOnlyList<KieModelParameter> Parameters { get; init; } = [];

    /// <summary>
    /// <see langword="true"/> when the catalog lists only the known parameters of this mode and others pass through
    /// unchecked; otherwise an unknown parameter is a problem (KIE silently ignores unknown keys, so a typo would
    /// otherwise be lost).
    /// </summary>
    public bool AllowsAdditionalParameters { get; init; }

    /// <summary>Rules across parameters (a value allowed only with another).</summary>
    public IReadOnlyList<KieParameterConstraint> Constraints { get; init; } = [];

    /// <summary>The prices; <see cref="KieModePricing.None"/> when unknown.</summary>
    public KieModePricing Pricing { get; init; } = KieModePricing.None;

    /// <summary>The speed or quality tiers, when the model offers more than one; empty otherwise.</summary>
    public IReadOnlyList<KieSpeedTier> SpeedTiers { get; init; } = [];

    /// <summary>
    /// Whether the mode may be used: its own flag and its model's. A disabled mode is refused by validation and by
    /// <see cref="KieClient.CreateTaskAsync"/> when a catalog is set.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A remark for administrators (a docs quirk, an end-of-life claim), when worth saying.</summary>
    public string? Note { get; init; }

    /// <summary><see langword="true"/> when the mode is enabled and at least one input combination has a known price.</summary>
    public bool IsSellable => Enabled && Pricing.IsKnown;

    /// <summary>Finds a parameter by its exact key.</summary>
    /// <param name="name">The key, verbatim.</param>
    /// <returns>The parameter, or <see langword="null"/>.</returns>
    public KieModelParameter? FindParameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }
}
