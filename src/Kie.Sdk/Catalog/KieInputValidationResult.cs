using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// The outcome of <see cref="ModelCatalog.Validate(string, string, KieInput)"/>: every problem found at once, and the
/// input normalised for sending (defaults applied, typed text coerced to the declared types, keys verbatim).
/// </summary>
public sealed class KieInputValidationResult
{
    private readonly JsonObject _normalised;

    internal KieInputValidationResult(KieModelInfo model, KieModelMode mode, JsonObject normalised, IReadOnlyList<KieValidationProblem> problems, IReadOnlySet<string> defaulted)
    {
        DefaultedKeys = defaulted;
        Model = model;
        Mode = mode;
        _normalised = normalised;
        Problems = problems;
    }

    /// <summary>The catalogued model.</summary>
    public KieModelInfo Model { get; }

    /// <summary>The mode checked against.</summary>
    public KieModelMode Mode { get; }

    /// <summary>The API model id to send (<see cref="KieModelMode.ApiModel"/>).</summary>
    public string ApiModel => Mode.ApiModel;

    /// <summary><see langword="true"/> when there are no problems.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Every problem: which field, what is wrong, what is allowed. Empty when valid.</summary>
    public IReadOnlyList<KieValidationProblem> Problems { get; }

    /// <summary>
    /// A fresh copy of the normalised input, yours to change: defaults applied and values coerced. When not valid it
    /// holds what could be normalised (invalid values as given).
    /// </summary>
    /// <returns>The input, keys verbatim.</returns>
    public KieInput CreateInput()
    {
        var input = new KieInput();
        foreach (var (key, value) in _normalised)
        {
            input.SetJson(key, value);
        }

        return input;
    }

    /// <summary>Builds the createTask request for the validated input.</summary>
    /// <param name="callbackUrl">Where KIE posts the outcome; optional.</param>
    /// <returns>A request for <see cref="ApiModel"/> with the normalised input.</returns>
    /// <exception cref="KieValidationException">The input is not valid; <see cref="KieValidationException.Problems"/> lists every problem.</exception>
    public CreateTaskRequest ToRequest(Uri? callbackUrl = null)
    {
        ThrowIfInvalid();
        var request = new CreateTaskRequest(ApiModel) { CallbackUrl = callbackUrl };
        foreach (var (key, value) in _normalised)
        {
            request.Input.SetJson(key, value);
        }

        return request;
    }

    /// <summary>Throws when the input is not valid.</summary>
    /// <exception cref="KieValidationException">The input is not valid; <see cref="KieValidationException.Problems"/> lists every problem.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new KieValidationException(ApiModel, Problems);
        }
    }

    /// <summary>The normalised values, read-only to the catalog's pricing (never handed out).</summary>
    internal JsonObject Normalised => _normalised;

    /// <summary>The parameters filled in from defaults (the client leaves them to KIE).</summary>
    internal IReadOnlySet<string> DefaultedKeys { get; }
}
