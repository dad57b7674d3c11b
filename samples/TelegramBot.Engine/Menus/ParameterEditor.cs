using System.Text.Json.Nodes;
using Kie.Sdk;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>What setting one parameter did.</summary>
/// <param name="Value">The value as the catalog normalised it (declared casing, typed numbers, split lists), when accepted.</param>
/// <param name="Problem">Why it was refused, when refused.</param>
internal readonly record struct ParameterChange(JsonNode? Value, KieValidationProblem? Problem)
{
    /// <summary>Whether the value was accepted.</summary>
    public bool Accepted => Problem is null;
}

/// <summary>
/// Checks one new value with the SDK's validation of the whole input, so type, range, length, list size and
/// cross-parameter rules (GPT Image 2: 1:1 not at 4K) all apply. A change is refused when it adds a problem; the
/// problems the form already has (required values not given yet) do not count against it.
/// </summary>
internal static class ParameterEditor
{
    /// <summary>Validates the session's parameters as they are.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="parameters">The values set.</param>
    /// <returns>The SDK's result.</returns>
    public static KieInputValidationResult Validate(ModelCatalog catalog, KieModelInfo model, KieModelMode mode, IReadOnlyDictionary<string, JsonNode?> parameters) =>
        catalog.Validate(model.Id, mode.Id, parameters);

    /// <summary>Tries a new value for one parameter, without changing <paramref name="parameters"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="parameters">The values set so far.</param>
    /// <param name="parameter">The parameter to set.</param>
    /// <param name="value">The new value (typed text, a declared choice, a URL, a list).</param>
    /// <returns>The normalised value, or the problem.</returns>
    public static ParameterChange TrySet(ModelCatalog catalog, KieModelInfo model, KieModelMode mode, IReadOnlyDictionary<string, JsonNode?> parameters, KieModelParameter parameter, JsonNode value)
    {
        var before = Validate(catalog, model, mode, parameters).Problems;
        var candidate = new Dictionary<string, JsonNode?>(parameters, StringComparer.Ordinal) { [parameter.Name] = value };
        var after = Validate(catalog, model, mode, candidate);

        KieValidationProblem? added = null;
        foreach (var problem in after.Problems)
        {
            if (before.Contains(problem))
            {
                continue;
            }

            // Prefer the problem with this very parameter; a clash with another setting comes second.
            if (IsAbout(problem, parameter.Name))
            {
                return new ParameterChange(null, problem);
            }

            added ??= problem;
        }

        if (added is not null)
        {
            return new ParameterChange(null, added);
        }

        return after.CreateInput().TryGetValue(parameter.Name, out var normalised) && normalised is not null
            ? new ParameterChange(normalised.DeepClone(), null)
            : new ParameterChange(value.DeepClone(), null);
    }

    private static bool IsAbout(KieValidationProblem problem, string name) =>
        problem.Field == name
        || (problem.Field.Length > name.Length && problem.Field.StartsWith(name, StringComparison.Ordinal) && problem.Field[name.Length] is '[' or '.');
}
