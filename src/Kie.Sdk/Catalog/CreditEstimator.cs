using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Prices a validated input with the first matching rule of its mode, and each speed tier beside it. An input no rule
/// covers is not sellable: the bot before this SDK charged the cheapest variant for unmatched inputs, never again.
/// </summary>
/// <remarks>
/// Rule conditions are canonicalised at load time against their parameters and the input is normalised by
/// validation, so matching is an ordinal comparison of canonical texts.
/// </remarks>
internal static class CreditEstimator
{
    public static KieCreditEstimate Estimate(KieModelInfo model, KieModelMode mode, JsonObject input, bool includeTiers)
    {
        var estimate = EstimateOne(model, mode, new PricedInput(input, null, null));
        if (!includeTiers || mode.SpeedTiers.Count == 0)
        {
            return estimate;
        }

        var tiers = new KieTierEstimate[mode.SpeedTiers.Count];
        for (var index = 0; index < tiers.Length; index++)
        {
            tiers[index] = EstimateTier(model, mode, input, mode.SpeedTiers[index]);
        }

        return estimate with { SpeedTiers = tiers };
    }

    private static KieCreditEstimate EstimateOne(KieModelInfo model, KieModelMode mode, PricedInput input)
    {
        if (!mode.Enabled)
        {
            throw new KieNotSellableException(model.Id, mode.Id, $"the mode is disabled in the catalog{Suffix(mode.Note ?? model.Note)}");
        }

        if (!mode.Pricing.IsKnown)
        {
            throw new KieNotSellableException(model.Id, mode.Id, $"no price is known for {mode.ApiModel}{Suffix(mode.Pricing.Note)}");
        }

        var rule = FirstMatch(mode.Pricing.Rules, input)
            ?? throw new KieNotSellableException(model.Id, mode.Id, $"no price is known for {DescribeInput(mode, input)}; priced combinations: {string.Join("; ", mode.Pricing.Rules.Select(DescribeConditions))}");

        var quantity = rule.Unit switch
        {
            KiePriceUnit.Second => Number(model, mode, input, rule.UnitParameter!, "second"),
            KiePriceUnit.ThousandCharacters => Math.Max(1, ((ValueText.Of(input[rule.UnitParameter!])?.Length ?? 0) + 999) / 1000),
            _ => 1m,
        };
        var count = rule.MultiplyBy is { } countParameter && input[countParameter] is not null ? Number(model, mode, input, countParameter, "output") : 1m;
        var credits = rule.Credits * quantity * count;
        if (credits <= 0)
        {
            throw new KieNotSellableException(model.Id, mode.Id, $"the price rule gives {ValueText.Canonical(credits)} credits for {DescribeInput(mode, input)}");
        }

        return new KieCreditEstimate
        {
            ModelId = model.Id,
            ModeId = mode.Id,
            ApiModel = mode.ApiModel,
            Credits = ValueText.Normalise(credits),
            Rule = rule,
            Quantity = quantity,
            Count = count,
        };
    }

    private static KieTierEstimate EstimateTier(KieModelInfo model, KieModelMode mode, JsonObject input, KieSpeedTier tier)
    {
        var selected = tier.ModeId is { } id
            ? string.Equals(id, mode.Id, StringComparison.OrdinalIgnoreCase)
            : string.Equals(ValueText.Of(input[tier.Parameter!]), tier.Value, StringComparison.Ordinal);
        try
        {
            if (tier.ModeId is null)
            {
                return new KieTierEstimate { Tier = tier, IsSelected = selected, Estimate = EstimateOne(model, mode, new PricedInput(input, tier.Parameter, tier.Value)) };
            }

            var tierMode = model.GetMode(tier.ModeId);
            if (ReferenceEquals(tierMode, mode))
            {
                return new KieTierEstimate { Tier = tier, IsSelected = true, Estimate = EstimateOne(model, mode, new PricedInput(input, null, null)) };
            }

            // Carry over only what the sibling mode declares: the tiers' inputs differ slightly (a count, a seed).
            var carried = input.Where(pair => tierMode.FindParameter(pair.Key) is not null);
            var validated = InputValidator.Validate(model, tierMode, carried);
            return validated.IsValid
                ? new KieTierEstimate { Tier = tier, IsSelected = selected, Estimate = EstimateOne(model, tierMode, new PricedInput(validated.Normalised, null, null)) }
                : new KieTierEstimate { Tier = tier, IsSelected = selected, NotSellableReason = $"the input does not fit {tierMode.ApiModel}: {string.Join("; ", validated.Problems)}" };
        }
        catch (KieNotSellableException error)
        {
            return new KieTierEstimate { Tier = tier, IsSelected = selected, NotSellableReason = error.Reason };
        }
    }

    private static KiePriceRule? FirstMatch(IReadOnlyList<KiePriceRule> rules, PricedInput input)
    {
        for (var index = 0; index < rules.Count; index++)
        {
            if (Matches(rules[index], input))
            {
                return rules[index];
            }
        }

        return null;
    }

    private static bool Matches(KiePriceRule rule, PricedInput input)
    {
        foreach (var (parameter, expected) in rule.When)
        {
            var matched = expected is null
                ? input.IsEmpty(parameter)
                : !input.IsEmpty(parameter) && string.Equals(input.Text(parameter), expected, StringComparison.Ordinal);
            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal Number(KieModelInfo model, KieModelMode mode, PricedInput input, string parameter, string unit) =>
        input.TryNumber(parameter, out var value) && value > 0
            ? value
            : throw new KieNotSellableException(model.Id, mode.Id, $"the price is per {unit} of '{parameter}', which is not set; give it a value");

    private static string DescribeInput(KieModelMode mode, PricedInput input)
    {
        var priced = mode.Pricing.Rules.SelectMany(rule => rule.When.Keys).Distinct(StringComparer.Ordinal).ToArray();
        return priced.Length == 0
            ? $"this input of {mode.ApiModel}"
            : $"{mode.ApiModel} with {string.Join(", ", priced.Select(name => $"{name}={input.Text(name) ?? (input.IsEmpty(name) ? "(not set)" : "(given)")}"))}";
    }

    private static string DescribeConditions(KiePriceRule rule) =>
        rule.When.Count == 0 ? "any input" : string.Join(", ", rule.When.Select(pair => $"{pair.Key}={pair.Value ?? "(not set)"}"));

    private static string Suffix(string? note) => string.IsNullOrWhiteSpace(note) ? string.Empty : $" ({note})";

    /// <summary>The input as priced: the validated values, with one parameter replaced for a speed tier (no copy made).</summary>
    private readonly struct PricedInput(JsonObject values, string? replaced, string? replacement)
    {
        public JsonNode? this[string name] => replaced is not null && name == replaced ? JsonValue.Create(replacement) : values[name];

        public string? Text(string name) => replaced is not null && name == replaced ? replacement : ValueText.Of(values[name]);

        public bool IsEmpty(string name) => replaced is not null && name == replaced ? string.IsNullOrEmpty(replacement) : ValueText.IsEmpty(values[name]);

        public bool TryNumber(string name, out decimal number) =>
            replaced is not null && name == replaced ? ValueText.TryParse(replacement, out number) : ValueText.TryNumber(values[name], out number);
    }
}
