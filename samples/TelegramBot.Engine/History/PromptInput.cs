using System.Text.Json.Nodes;
using Kie.Sdk;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.History;

/// <summary>Finds a mode's prompt and puts a typed prompt into a set of parameters, checked by the catalog.</summary>
internal static class PromptInput
{
    /// <summary>The parameter that holds a mode's prompt: <c>prompt</c>, else <c>text</c>, else its first required text.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The parameter, or null when the mode has no prompt.</returns>
    public static KieModelParameter? ParameterOf(KieModelMode mode) =>
        mode.FindParameter("prompt")
        ?? mode.FindParameter("text")
        ?? mode.Parameters.FirstOrDefault(parameter => parameter.Required && parameter.Type == KieParameterType.String);

    /// <summary>Sets a parameter to a typed value and checks it.</summary>
    /// <param name="catalog">The catalog in force.</param>
    /// <param name="modelId">The model.</param>
    /// <param name="modeId">The mode.</param>
    /// <param name="input">The other parameters (not changed).</param>
    /// <param name="parameter">The parameter to set.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new parameters, and the catalog's problem with this value, if any.</returns>
    public static (JsonObject Input, KieValidationProblem? Problem) Apply(ModelCatalog catalog, string modelId, string modeId, JsonObject input, string parameter, string value)
    {
        var changed = (JsonObject)input.DeepClone();
        changed[parameter] = value;
        if (!catalog.TryGetModel(modelId, out var model) || !model.TryGetMode(modeId, out _))
        {
            // The summary says the model is gone; nothing to check here.
            return (changed, null);
        }

        var validated = catalog.Validate(modelId, modeId, changed.ToDictionary(pair => pair.Key, pair => pair.Value));
        var problem = validated.Problems.FirstOrDefault(found => found.Field.Contains(parameter, StringComparison.OrdinalIgnoreCase));
        return (changed, problem);
    }
}
