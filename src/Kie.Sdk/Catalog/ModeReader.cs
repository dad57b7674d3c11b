namespace Kie.Sdk.Catalog;

/// <summary>Reads one mode of the catalog: parameters, constraints, speed tiers and pricing, checking that each refers to a declared parameter.</summary>
internal static class ModeReader
{
    public static KieModelMode Read(JsonReading item, bool modelEnabled)
    {
        item.AllowOnly("id", "displayName", "apiModel", "enabled", "note", "additionalParameters", "parameters", "constraints", "speedTiers", "pricing");
        var parameters = new List<KieModelParameter>();
        foreach (var parameterItem in item.Objects("parameters", required: false))
        {
            var parameter = CatalogReader.ReadParameter(parameterItem);
            if (parameters.Any(existing => string.Equals(existing.Name, parameter.Name, StringComparison.Ordinal)))
            {
                throw parameterItem.Fail("name", $"'{parameter.Name}' is declared twice.");
            }

            parameters.Add(parameter);
        }

        var mode = new KieModelMode
        {
            Id = item.RequiredString("id"),
            DisplayName = item.RequiredString("displayName"),
            ApiModel = item.RequiredString("apiModel"),
            Enabled = modelEnabled && item.Boolean("enabled", fallback: true),
            Note = item.OptionalString("note"),
            AllowsAdditionalParameters = item.Boolean("additionalParameters", fallback: false),
            Parameters = parameters.AsReadOnly(),
        };
        return mode with
        {
            Constraints = [.. item.Objects("constraints", required: false).Select(constraint => ReadConstraint(constraint, mode))],
            SpeedTiers = [.. item.Objects("speedTiers", required: false).Select(tier => ReadTier(tier, mode))],
            Pricing = item.OptionalObject("pricing") is { } pricing ? PricingReader.Read(pricing, mode) : KieModePricing.None,
        };
    }

    /// <summary>Fails unless the mode declares the parameter.</summary>
    public static KieModelParameter Declared(JsonReading item, string field, KieModelMode mode, string name) =>
        mode.FindParameter(name) ?? throw item.Fail(field, $"'{name}' is not a parameter of mode '{mode.Id}'.");

    /// <summary>
    /// Checks conditions against their parameters and rewrites each value in its canonical spelling (declared enum
    /// casing, plain numbers), so matching is exact and a condition no input could ever meet — a typo such as
    /// "1080P" for "1080p" — fails at load time instead of making a mode silently unsellable.
    /// </summary>
    public static Dictionary<string, string?> Canonical(JsonReading item, KieModelMode mode, Dictionary<string, string?> conditions)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in conditions)
        {
            var parameter = Declared(item, "when", mode, key);
            if (value is null)
            {
                result[key] = null;
                continue;
            }

            var problems = new List<KieValidationProblem>();
            var coerced = ValueCoercer.Coerce(parameter, System.Text.Json.Nodes.JsonValue.Create(value), key, problems);
            result[key] = problems.Count == 0 && ValueText.Of(coerced) is { } canonical
                ? canonical
                : throw item.Fail($"when.{key}", $"'{value}' can never match: {string.Join("; ", problems)}");
        }

        return result;
    }

    private static KieParameterConstraint ReadConstraint(JsonReading item, KieModelMode mode)
    {
        item.AllowOnly("when", "parameter", "values", "message");
        var when = Canonical(item, mode, item.Conditions("when", allowNull: false));

        var parameter = item.RequiredString("parameter");
        Declared(item, "parameter", mode, parameter);
        return new KieParameterConstraint
        {
            When = when.ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal),
            Parameter = parameter,
            AllowedValues = item.Strings("values"),
            Message = item.OptionalString("message"),
        };
    }

    private static KieSpeedTier ReadTier(JsonReading item, KieModelMode mode)
    {
        item.AllowOnly("id", "displayName", "parameter", "value", "mode");
        var tier = new KieSpeedTier
        {
            Id = item.RequiredString("id"),
            DisplayName = item.RequiredString("displayName"),
            Parameter = item.OptionalString("parameter"),
            Value = item.OptionalString("value"),
            ModeId = item.OptionalString("mode"),
        };
        if ((tier.Parameter is null) == (tier.ModeId is null) || (tier.Parameter is null) != (tier.Value is null))
        {
            throw item.Fail("parameter", "a tier sets either 'parameter' with 'value', or 'mode'.");
        }

        if (tier.Parameter is { } name)
        {
            var parameter = Declared(item, "parameter", mode, name);
            if (parameter.Type == KieParameterType.Enum && !parameter.AllowedValues.Contains(tier.Value, StringComparer.Ordinal))
            {
                throw item.Fail("value", $"'{tier.Value}' is not a value of '{name}' (spell it as declared).");
            }
        }

        return tier;
    }
}
