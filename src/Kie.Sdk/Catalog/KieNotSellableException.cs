namespace Kie.Sdk.Catalog;

/// <summary>
/// No price is known for a mode or for this combination of inputs (or the mode is disabled), so it must not be sold.
/// The catalog never falls back to a guess or to the cheapest variant.
/// </summary>
/// <remarks>Part of the SDK's one exception tree (<see cref="KieApiException"/>); never transient: retrying unchanged will not help.</remarks>
public sealed class KieNotSellableException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="reason">Why there is no price, in words a person can act on.</param>
    public KieNotSellableException(string modelId, string modeId, string reason)
        : base(KieErrorDetails.None, $"Model '{modelId}' mode '{modeId}' is not sellable: {reason}")
    {
        ModelId = modelId;
        ModeId = modeId;
        Reason = reason;
    }

    /// <summary>The catalog model id.</summary>
    public string ModelId { get; }

    /// <summary>The mode id.</summary>
    public string ModeId { get; }

    /// <summary>Why there is no price.</summary>
    public string Reason { get; }
}
