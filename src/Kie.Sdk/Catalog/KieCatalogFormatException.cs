namespace Kie.Sdk.Catalog;

/// <summary>A catalog or override file is not valid JSON or breaks the catalog format; the message names the JSON path.</summary>
/// <remarks>Part of the SDK's one exception tree (<see cref="KieApiException"/>); never transient: retrying unchanged will not help.</remarks>
public sealed class KieCatalogFormatException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">Where in the document, e.g. <c>models[3].modes[0].parameters[1].type</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KieCatalogFormatException(string path, string message, Exception? innerException = null)
        : base(KieErrorDetails.None, $"Catalog {path}: {message}", isTransient: false, innerException)
    {
        PathInDocument = path;
    }

    /// <summary>Where in the document the problem is.</summary>
    public string PathInDocument { get; }
}
