using System.Diagnostics.CodeAnalysis;

namespace Kie.Sdk.Catalog;

/// <summary>
/// A catalogued model family: one entry per product a person picks (e.g. <c>kling-2.6</c>), whose API variants are its
/// <see cref="Modes"/> (<c>kling-2.6/text-to-video</c>, <c>kling-2.6/image-to-video</c>). Immutable.
/// </summary>
public sealed record KieModelInfo
{
    /// <summary>The catalog id (lower-case, stable, e.g. <c>nano-banana</c>); not necessarily an API model id.</summary>
    public required string Id { get; init; }

    /// <summary>The name to show a person.</summary>
    public required string DisplayName { get; init; }

    /// <summary>What the model makes.</summary>
    public KieModelCategory Category { get; init; }

    /// <summary>Who makes the model (Google, Kling, ByteDance, …), when known.</summary>
    public string? Provider { get; init; }

    /// <summary>A one-line description, when known.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the model may be used at all; when <see langword="false"/> every mode is disabled too.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A remark for administrators, when worth saying.</summary>
    public string? Note { get; init; }

    /// <summary>The modes; never empty in a loaded catalog. The first is the default.</summary>
    public IReadOnlyList<KieModelMode> Modes { get; init; } = [];

    /// <summary><see langword="true"/> when any mode is sellable.</summary>
    public bool IsSellable => Modes.Any(mode => mode.IsSellable);

    /// <summary>Finds a mode by id (case-insensitive).</summary>
    /// <param name="modeId">The mode id, e.g. <c>text-to-video</c>.</param>
    /// <param name="mode">The mode, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetMode(string modeId, [NotNullWhen(true)] out KieModelMode? mode)
    {
        foreach (var candidate in Modes)
        {
            if (string.Equals(candidate.Id, modeId, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = null;
        return false;
    }

    /// <summary>Gets a mode by id (case-insensitive).</summary>
    /// <param name="modeId">The mode id.</param>
    /// <returns>The mode.</returns>
    /// <exception cref="KieUnknownModeException">The model has no such mode; the message lists its modes.</exception>
    public KieModelMode GetMode(string modeId)
    {
        ArgumentNullException.ThrowIfNull(modeId);
        return TryGetMode(modeId, out var mode) ? mode : throw new KieUnknownModeException(Id, modeId, [.. Modes.Select(m => m.Id)]);
    }
}
