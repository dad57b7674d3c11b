using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

public sealed partial class ModelCatalog
{
    /// <summary>
    /// Estimates what a task costs in credits: validates the input, then applies the first price rule that matches it;
    /// for a mode with speed tiers, also prices each tier. Never a guess: no matching rule means not sellable.
    /// </summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input; not changed.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or has no known price for this input.</exception>
    public KieCreditEstimate EstimateCredits(string modelId, string modeId, KieInput input) =>
        EstimateCredits(Validate(modelId, modeId, input));

    /// <summary>Estimates the credits of an input typed by a person (see <see cref="EstimateCredits(string, string, KieInput)"/>).</summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input, parameter → text.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or has no known price for this input.</exception>
    public KieCreditEstimate EstimateCredits(string modelId, string modeId, IReadOnlyDictionary<string, string> input) =>
        EstimateCredits(Validate(modelId, modeId, input));

    /// <summary>Estimates the credits of an input given as JSON values (see <see cref="EstimateCredits(string, string, KieInput)"/>).</summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input, parameter → JSON value.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="KieUnknownModelException">No such model.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or has no known price for this input.</exception>
    public KieCreditEstimate EstimateCredits(string modelId, string modeId, IReadOnlyDictionary<string, JsonNode?> input) =>
        EstimateCredits(Validate(modelId, modeId, input));

    /// <summary>Estimates the credits of an already validated input, without validating it again.</summary>
    /// <param name="validated">A result of <see cref="Validate(string, string, KieInput)"/> on this catalog.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or has no known price for this input.</exception>
    public KieCreditEstimate EstimateCredits(KieInputValidationResult validated)
    {
        ArgumentNullException.ThrowIfNull(validated);
        if (!validated.Mode.Enabled)
        {
            // Disabled is a selling decision, reported as such rather than as an input problem.
            throw new KieNotSellableException(validated.Model.Id, validated.Mode.Id, $"the mode is disabled in the catalog{(validated.Mode.Note ?? validated.Model.Note) switch { null => string.Empty, var why => $" ({why})" }}");
        }

        validated.ThrowIfInvalid();
        return CreditEstimator.Estimate(validated.Model, validated.Mode, validated.Normalised, includeTiers: true);
    }
}
