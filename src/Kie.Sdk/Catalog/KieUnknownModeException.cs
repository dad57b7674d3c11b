namespace Kie.Sdk.Catalog;

/// <summary>A catalogued model has no mode with the id asked for. The message lists the modes it has.</summary>
/// <remarks>Part of the SDK's one exception tree (<see cref="KieApiException"/>); never transient: retrying unchanged will not help.</remarks>
public sealed class KieUnknownModeException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id asked for.</param>
    /// <param name="availableModes">The model's mode ids.</param>
    public KieUnknownModeException(string modelId, string modeId, IReadOnlyList<string> availableModes)
        : base(KieErrorDetails.None, $"Model '{modelId}' has no mode '{modeId}'. Its modes: {string.Join(", ", availableModes ?? [])}.")
    {
        ModelId = modelId;
        ModeId = modeId;
        AvailableModes = availableModes ?? [];
    }

    /// <summary>The catalog model id.</summary>
    public string ModelId { get; }

    /// <summary>The mode id asked for.</summary>
    public string ModeId { get; }

    /// <summary>The model's mode ids.</summary>
    public IReadOnlyList<string> AvailableModes { get; }
}
