using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Checks a mode's whole input: each given value (via <see cref="ValueCoercer"/>), unknown and missing parameters,
/// defaults, and constraints across parameters. Collects every problem instead of stopping at the first, so a person
/// fixes a form in one go.
/// </summary>
internal static class InputValidator
{
    public static KieInputValidationResult Validate(KieModelInfo model, KieModelMode mode, IEnumerable<KeyValuePair<string, JsonNode?>> input)
    {
        var problems = new List<KieValidationProblem>();
        if (!mode.Enabled)
        {
            var why = mode.Note ?? model.Note;
            problems.Add(new KieValidationProblem("model", $"'{model.Id}' mode '{mode.Id}' ({mode.ApiModel}) is disabled in the catalog{(why is null ? "." : $": {why}")}"));
        }

        var defaulted = new HashSet<string>(StringComparer.Ordinal);
        var normalised = ValidateObject(mode.Parameters, input, field: null, problems, mode.AllowsAdditionalParameters, defaulted) ?? [];
        CheckConstraints(mode, normalised, problems);
        return new KieInputValidationResult(model, mode, normalised, problems, defaulted);
    }

    /// <summary>
    /// Validates an object's fields against parameters; used for the input itself and for each item of an object list.
    /// Returns the normalised object (invalid values kept as given), never null for the top level.
    /// </summary>
    public static JsonObject? ValidateObject(
        IReadOnlyList<KieModelParameter> parameters,
        IEnumerable<KeyValuePair<string, JsonNode?>> given,
        string? field,
        List<KieValidationProblem> problems,
        bool allowAdditional,
        HashSet<string>? defaulted = null)
    {
        var before = problems.Count;
        var normalised = new JsonObject();
        // A parameter counts as given once it is in 'normalised' (or 'skipped', when given empty), so a second spelling
        // of the same key is caught without a set of its own.
        List<string>? skipped = null;
        foreach (var (key, value) in given)
        {
            var path = field is null ? key : $"{field}.{key}";
            var parameter = Resolve(parameters, key);
            if (parameter is null)
            {
                if (allowAdditional)
                {
                    normalised[key] = value?.DeepClone();
                }
                else
                {
                    problems.Add(new KieValidationProblem(path, "is not a parameter of this mode", string.Join(", ", parameters.Select(p => $"'{p.Name}'"))));
                }

                continue;
            }

            if (normalised.ContainsKey(parameter.Name) || (skipped?.Contains(parameter.Name) ?? false))
            {
                problems.Add(new KieValidationProblem(path, $"is given twice (as '{parameter.Name}' and '{key}')"));
                continue;
            }

            // An empty optional field (a skipped question, a JSON null) means "not set"; for a text it is a value.
            if (value is null || (parameter.Type != KieParameterType.String && value is not JsonArray && ValueText.IsEmpty(value)))
            {
                (skipped ??= []).Add(parameter.Name);
                continue;
            }

            var paramPath = field is null ? parameter.Name : $"{field}.{parameter.Name}";
            normalised[parameter.Name] = ValueCoercer.Coerce(parameter, value, paramPath, problems) ?? value.DeepClone();
        }

        foreach (var parameter in parameters)
        {
            if (normalised.ContainsKey(parameter.Name))
            {
                continue;
            }

            if (parameter.Default is { } fallback)
            {
                normalised[parameter.Name] = JsonValueOf(fallback);
                defaulted?.Add(parameter.Name);
            }
            else if (parameter.Required)
            {
                var path = field is null ? parameter.Name : $"{field}.{parameter.Name}";
                problems.Add(new KieValidationProblem(path, "is required", parameter.DescribeAllowed()));
            }
        }

        return field is null || problems.Count == before ? normalised : null;
    }

    /// <summary>A fresh node for a default: scalars without re-parsing JSON text (the common case), others parsed.</summary>
    private static JsonNode? JsonValueOf(System.Text.Json.JsonElement fallback) => fallback.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => JsonValue.Create(fallback.GetString()),
        System.Text.Json.JsonValueKind.True => JsonValue.Create(true),
        System.Text.Json.JsonValueKind.False => JsonValue.Create(false),
        System.Text.Json.JsonValueKind.Number when fallback.TryGetInt64(out var whole) => JsonValue.Create(whole),
        System.Text.Json.JsonValueKind.Number => JsonValue.Create(ValueText.Normalise(fallback.GetDecimal())),
        _ => JsonNode.Parse(fallback.GetRawText()),
    };

    /// <summary>
    /// Finds the parameter a key names: exactly, or else the one parameter whose name matches ignoring case and
    /// surrounding spaces. That is how <c>reference_video_urls</c> reaches Seedance's documented key with a
    /// trailing space, which nobody types.
    /// </summary>
    private static KieModelParameter? Resolve(IReadOnlyList<KieModelParameter> parameters, string key)
    {
        KieModelParameter? loose = null;
        var looseCount = 0;
        var trimmed = key.Trim();
        foreach (var parameter in parameters)
        {
            if (string.Equals(parameter.Name, key, StringComparison.Ordinal))
            {
                return parameter;
            }

            if (string.Equals(parameter.Name.Trim(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                loose = parameter;
                looseCount++;
            }
        }

        return looseCount == 1 ? loose : null;
    }

    private static void CheckConstraints(KieModelMode mode, JsonObject normalised, List<KieValidationProblem> problems)
    {
        foreach (var constraint in mode.Constraints)
        {
            var holds = constraint.When.All(condition =>
                string.Equals(ValueText.Of(normalised[condition.Key]), condition.Value, StringComparison.OrdinalIgnoreCase));
            if (!holds || ValueText.Of(normalised[constraint.Parameter]) is not { } value)
            {
                continue;
            }

            if (!constraint.AllowedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                var when = string.Join(" and ", constraint.When.Select(condition => $"{condition.Key} is {condition.Value}"));
                problems.Add(new KieValidationProblem(
                    constraint.Parameter,
                    constraint.Message ?? $"'{value}' is not allowed when {when}",
                    $"one of {string.Join(", ", constraint.AllowedValues)}"));
            }
        }
    }
}
