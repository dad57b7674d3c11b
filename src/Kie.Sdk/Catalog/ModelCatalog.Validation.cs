using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

public sealed partial class ModelCatalog
{
    /// <summary>
    /// Checks an input against a mode and normalises it: every problem at once (missing, wrong type, out of range, too
    /// long, too many items, bad URL, unknown parameter, value not allowed), defaults applied, typed text coerced
    /// ("16:9", "5", "yes", "1080p", "0,5", comma-separated URLs).
    /// </summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input; not changed.</param>
    /// <returns>The result: problems and the normalised input.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    public KieInputValidationResult Validate(string modelId, string modeId, KieInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Validate(modelId, modeId, (IEnumerable<KeyValuePair<string, JsonNode?>>)input);
    }

    /// <summary>Checks and normalises an input given as JSON values (see <see cref="Validate(string, string, KieInput)"/>).</summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input, parameter → JSON value; not changed.</param>
    /// <returns>The result: problems and the normalised input.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    public KieInputValidationResult Validate(string modelId, string modeId, IReadOnlyDictionary<string, JsonNode?> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Validate(modelId, modeId, (IEnumerable<KeyValuePair<string, JsonNode?>>)input);
    }

    /// <summary>
    /// Checks and normalises an input typed by a person, every value as text (see
    /// <see cref="Validate(string, string, KieInput)"/>): each text is coerced to its parameter's declared type.
    /// </summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input, parameter → text; not changed.</param>
    /// <returns>The result: problems and the normalised input.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    public KieInputValidationResult Validate(string modelId, string modeId, IReadOnlyDictionary<string, string> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Validate(modelId, modeId, input.Select(pair => new KeyValuePair<string, JsonNode?>(pair.Key, pair.Value is null ? null : JsonValue.Create(pair.Value))));
    }

    private KieInputValidationResult Validate(string modelId, string modeId, IEnumerable<KeyValuePair<string, JsonNode?>> input)
    {
        ArgumentNullException.ThrowIfNull(modeId);
        var model = GetModel(modelId);
        return InputValidator.Validate(model, model.GetMode(modeId), input);
    }
}
