namespace Kie.Sdk;

/// <summary>
/// The request's input is not acceptable: KIE answered code 422, or the SDK's catalog found problems before any
/// HTTP call (then <see cref="Problems"/> lists every one). Fix the input; retrying unchanged will not help.
/// </summary>
public sealed class KieValidationException : KieApiException
{
    /// <summary>Creates the exception for an API answer.</summary>
    /// <param name="details">What the API said.</param>
    /// <param name="message">A message for people; when <see langword="null"/> one is built from <paramref name="details"/>.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KieValidationException(KieErrorDetails details, string? message = null, Exception? innerException = null)
        : base(details, message, isTransient: false, innerException)
    {
        Problems = details.KieMessage is { Length: > 0 } text ? [new KieValidationProblem("input", text)] : [];
    }

    /// <summary>Creates the exception for problems found before sending.</summary>
    /// <param name="model">The model whose input was checked.</param>
    /// <param name="problems">Every problem found.</param>
    public KieValidationException(string model, IReadOnlyList<KieValidationProblem> problems)
        : base(KieErrorDetails.None, $"Input for model '{model}' is not valid: {string.Join("; ", problems)}")
    {
        Problems = problems;
    }

    /// <summary>Every problem found; for an API answer, its message as one problem.</summary>
    public IReadOnlyList<KieValidationProblem> Problems { get; }
}
