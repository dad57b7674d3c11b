namespace Kie.Sdk.Catalog;

/// <summary>
/// KIE's model endpoints do not know this API model id (404, "model name … not supported"): it was never offered or
/// has been withdrawn. Not transient: check the id against <see cref="IKieClient.ListModelsAsync"/>.
/// </summary>
public sealed class KieModelNotFoundException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="model">The API model id asked for.</param>
    /// <param name="details">What the API said.</param>
    /// <param name="message">A message for people; when <see langword="null"/> one naming the model is built.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KieModelNotFoundException(string model, KieErrorDetails details, string? message = null, Exception? innerException = null)
        : base(details, message ?? Describe($"KIE does not know the model '{model}'", details), isTransient: false, innerException)
    {
        Model = model;
    }

    /// <summary>The API model id asked for.</summary>
    public string Model { get; }
}
