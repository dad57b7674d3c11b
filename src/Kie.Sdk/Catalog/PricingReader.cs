namespace Kie.Sdk.Catalog;

/// <summary>
/// Reads a mode's pricing. Source, date and confidence may be given once for the mode and overridden per rule; every
/// rule ends up with all three, because a price without its provenance cannot be reviewed.
/// </summary>
internal static class PricingReader
{
    public static KieModePricing Read(JsonReading item, KieModelMode mode)
    {
        item.AllowOnly("priceText", "source", "date", "confidence", "note", "rules");
        var source = item.OptionalString("source");
        var date = item.Date("date");
        var confidence = ReadConfidence(item, allowUnknown: true);
        var ruleItems = item.Objects("rules", required: false);
        if (confidence == KiePriceConfidence.Unknown && ruleItems.Count > 0)
        {
            throw item.Fail("rules", "a pricing whose confidence is 'unknown' has no rules (the mode is not sellable).");
        }

        if (confidence != KiePriceConfidence.Unknown && ruleItems.Count == 0 && item.Node["confidence"] is not null)
        {
            throw item.Fail("rules", "a known price needs at least one rule.");
        }

        var rules = ruleItems.Select(rule => ReadRule(rule, mode, source, date, confidence)).ToList();
        return new KieModePricing
        {
            Rules = rules.AsReadOnly(),
            PriceText = item.OptionalString("priceText"),
            Note = item.OptionalString("note"),
            Source = source,
            Date = date,
        };
    }

    private static KiePriceRule ReadRule(JsonReading item, KieModelMode mode, string? source, DateOnly? date, KiePriceConfidence? confidence)
    {
        item.AllowOnly("when", "credits", "unit", "unitParameter", "multiplyBy", "source", "date", "confidence", "note");
        var when = ModeReader.Canonical(item, mode, item.Conditions("when", allowNull: true));

        var credits = item.Decimal("credits") ?? throw item.Fail("credits", "is required.");
        if (credits <= 0)
        {
            throw item.Fail("credits", "must be more than 0 (an unknown price is a missing rule, not 0).");
        }

        var unit = item.OptionalString("unit") switch
        {
            null or "task" => KiePriceUnit.Task,
            "second" => KiePriceUnit.Second,
            "thousand_characters" => KiePriceUnit.ThousandCharacters,
            var other => throw item.Fail("unit", $"'{other}' is not one of task, second, thousand_characters."),
        };
        var unitParameter = item.OptionalString("unitParameter");
        if (unit != KiePriceUnit.Task)
        {
            var declared = ModeReader.Declared(item, "unitParameter", mode, unitParameter ?? throw item.Fail("unitParameter", "is required for this unit."));
            var fits = unit == KiePriceUnit.Second
                ? declared.Type is KieParameterType.Integer or KieParameterType.Number or KieParameterType.Enum
                : declared.Type == KieParameterType.String;
            if (!fits)
            {
                throw item.Fail("unitParameter", $"'{declared.Name}' cannot measure {(unit == KiePriceUnit.Second ? "seconds" : "characters")}.");
            }
        }
        else if (unitParameter is not null)
        {
            throw item.Fail("unitParameter", "is only for the units second and thousand_characters.");
        }

        var multiplyBy = item.OptionalString("multiplyBy");
        if (multiplyBy is not null)
        {
            ModeReader.Declared(item, "multiplyBy", mode, multiplyBy);
        }

        return new KiePriceRule
        {
            When = when,
            Credits = credits,
            Unit = unit,
            UnitParameter = unitParameter,
            MultiplyBy = multiplyBy,
            Confidence = ReadConfidence(item, allowUnknown: false) ?? confidence ?? throw item.Fail("confidence", "is required (here or on the pricing)."),
            Source = item.OptionalString("source") ?? source ?? throw item.Fail("source", "is required (here or on the pricing)."),
            Date = item.Date("date") ?? date ?? throw item.Fail("date", "is required (here or on the pricing)."),
            Note = item.OptionalString("note"),
        };
    }

    private static KiePriceConfidence? ReadConfidence(JsonReading item, bool allowUnknown) => item.OptionalString("confidence") switch
    {
        null => null,
        "exact" => KiePriceConfidence.Exact,
        "estimated" => KiePriceConfidence.Estimated,
        "unknown" when allowUnknown => KiePriceConfidence.Unknown,
        var other => throw item.Fail("confidence", $"'{other}' is not one of exact, estimated{(allowUnknown ? ", unknown" : string.Empty)}."),
    };
}
