namespace Kie.Sdk.Catalog;

/// <summary>A model id is not in the catalog. The message lists the closest ids, so a typo is one glance from its fix.</summary>
/// <remarks>Part of the SDK's one exception tree (<see cref="KieApiException"/>); never transient: retrying unchanged will not help.</remarks>
public sealed class KieUnknownModelException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="modelId">The id asked for.</param>
    /// <param name="suggestions">The closest catalog ids, best first.</param>
    public KieUnknownModelException(string modelId, IReadOnlyList<string> suggestions)
        : base(KieErrorDetails.None, BuildMessage(modelId, suggestions))
    {
        ModelId = modelId;
        Suggestions = suggestions;
    }

    /// <summary>The id asked for.</summary>
    public string ModelId { get; }

    /// <summary>The closest catalog ids by edit distance, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string modelId, IReadOnlyList<string> suggestions) =>
        suggestions is { Count: > 0 }
            ? $"Model '{modelId}' is not in the catalog. Closest: {string.Join(", ", suggestions)}."
            : $"Model '{modelId}' is not in the catalog.";
}
