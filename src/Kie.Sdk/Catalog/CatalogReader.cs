using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Turns a catalog JSON document into the typed model, checking the format and its cross-references as it goes (a rule
/// on a parameter the mode lacks, a default its own parameter refuses), so a bad catalog or override fails at load
/// time with its JSON path rather than at a customer's order.
/// </summary>
internal static class CatalogReader
{
    /// <summary>The catalog format version this SDK reads.</summary>
    public const int FormatVersion = 1;

    public static (IReadOnlyList<KieModelInfo> Models, DateOnly? Snapshot) Read(JsonObject document)
    {
        var root = new JsonReading(document, "$");
        root.AllowOnly("$schema", "formatVersion", "snapshotDate", "notes", "excluded", "models");
        var version = root.Int("formatVersion");
        if (version is not null && version != FormatVersion)
        {
            throw root.Fail("formatVersion", $"is {version}; this SDK reads version {FormatVersion}.");
        }

        var snapshot = root.Date("snapshotDate");
        var models = new List<KieModelInfo>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in root.Objects("models", required: true))
        {
            var model = ReadModel(item);
            if (!ids.Add(model.Id))
            {
                throw item.Fail("id", $"'{model.Id}' is used by two models.");
            }

            models.Add(model);
        }

        return (models.AsReadOnly(), snapshot);
    }

    private static KieModelInfo ReadModel(JsonReading item)
    {
        item.AllowOnly("id", "displayName", "category", "provider", "description", "enabled", "note", "modes");
        var enabled = item.Boolean("enabled", fallback: true);
        var category = item.RequiredString("category") switch
        {
            "image" => KieModelCategory.Image,
            "video" => KieModelCategory.Video,
            "audio" => KieModelCategory.Audio,
            "speech" => KieModelCategory.Speech,
            "tools" => KieModelCategory.Tools,
            "unknown" => KieModelCategory.Unknown,
            var other => throw item.Fail("category", $"'{other}' is not one of image, video, audio, speech, tools, unknown."),
        };
        var modes = new List<KieModelMode>();
        foreach (var modeItem in item.Objects("modes", required: true))
        {
            var mode = ModeReader.Read(modeItem, enabled);
            if (modes.Any(existing => string.Equals(existing.Id, mode.Id, StringComparison.OrdinalIgnoreCase)))
            {
                throw modeItem.Fail("id", $"'{mode.Id}' is used by two modes of one model.");
            }

            modes.Add(mode);
        }

        if (modes.Count == 0)
        {
            throw item.Fail("modes", "must list at least one mode.");
        }

        var model = new KieModelInfo
        {
            Id = item.RequiredString("id"),
            DisplayName = item.RequiredString("displayName"),
            Category = category,
            Provider = item.OptionalString("provider"),
            Description = item.OptionalString("description"),
            Enabled = enabled,
            Note = item.OptionalString("note"),
            Modes = modes.AsReadOnly(),
        };
        CheckTierModes(item, model);
        return model;
    }

    private static void CheckTierModes(JsonReading item, KieModelInfo model)
    {
        foreach (var mode in model.Modes)
        {
            foreach (var tier in mode.SpeedTiers)
            {
                if (tier.ModeId is { } target && !model.TryGetMode(target, out _))
                {
                    throw item.Fail($"modes[{mode.Id}].speedTiers[{tier.Id}].mode", $"'{target}' is not a mode of '{model.Id}'.");
                }
            }
        }
    }

    /// <summary>Reads a parameter (or an item field of an object list).</summary>
    public static KieModelParameter ReadParameter(JsonReading item)
    {
        item.AllowOnly("name", "type", "required", "default", "values", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "description", "items");
        var type = item.RequiredString("type") switch
        {
            "string" => KieParameterType.String,
            "enum" => KieParameterType.Enum,
            "integer" => KieParameterType.Integer,
            "number" => KieParameterType.Number,
            "boolean" => KieParameterType.Boolean,
            "url" => KieParameterType.Url,
            "url_list" => KieParameterType.UrlList,
            "string_list" => KieParameterType.StringList,
            "object_list" => KieParameterType.ObjectList,
            var other => throw item.Fail("type", $"'{other}' is not one of string, enum, integer, number, boolean, url, url_list, string_list, object_list."),
        };
        var required = item.Boolean("required", fallback: false);
        var isList = type is KieParameterType.UrlList or KieParameterType.StringList or KieParameterType.ObjectList;
        var itemParameters = item.Objects("items", required: false).Select(ReadParameter).ToList();
        var parameter = new KieModelParameter
        {
            Name = item.OptionalString("name") is { Length: > 0 } name ? name : throw item.Fail("name", "is required (non-empty text)."),
            Type = type,
            Required = required,
            AllowedValues = item.Strings("values"),
            Minimum = item.Decimal("minimum"),
            Maximum = item.Decimal("maximum"),
            MinLength = item.Int("minLength"),
            MaxLength = item.Int("maxLength"),
            // A required list with nothing in it is as missing as an absent one.
            MinItems = item.Int("minItems") ?? (required && isList ? 1 : null),
            MaxItems = item.Int("maxItems"),
            Description = item.OptionalString("description"),
            ItemParameters = itemParameters.AsReadOnly(),
        };
        CheckParameter(item, parameter);
        return parameter with { Default = ReadDefault(item, parameter) };
    }

    private static void CheckParameter(JsonReading item, KieModelParameter parameter)
    {
        if (parameter.Type == KieParameterType.Enum && parameter.AllowedValues.Count == 0)
        {
            throw item.Fail("values", "an enum must list its values.");
        }

        if (parameter.AllowedValues.Count > 0 && parameter.Type is not (KieParameterType.Enum or KieParameterType.Integer or KieParameterType.Number))
        {
            throw item.Fail("values", "only enums, integers and numbers take a list of values.");
        }

        if (parameter is { Minimum: { } min, Maximum: { } max } && min > max)
        {
            throw item.Fail("minimum", "is above maximum.");
        }

        if (parameter.ItemParameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != parameter.ItemParameters.Count)
        {
            throw item.Fail("items", "item field names must be unique.");
        }
    }

    private static JsonElement? ReadDefault(JsonReading item, KieModelParameter parameter)
    {
        if (item.Node["default"] is not { } fallback)
        {
            return null;
        }

        // The default goes through the same check as input: a default the parameter itself refuses is a catalog bug.
        var problems = new List<KieValidationProblem>();
        var coerced = ValueCoercer.Coerce(parameter, fallback, parameter.Name, problems);
        if (problems.Count > 0 || coerced is null)
        {
            throw item.Fail("default", $"is not a valid value: {string.Join("; ", problems)}");
        }

        using var document = JsonDocument.Parse(coerced.ToJsonString());
        return document.RootElement.Clone();
    }
}
