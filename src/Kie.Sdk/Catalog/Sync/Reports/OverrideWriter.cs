using System.Globalization;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Writes the override that brings a diff's new models into the catalog disabled: category <c>unknown</c>, no price
/// (confidence <c>unknown</c>, KIE's text kept for the reviewer), parameters from KIE's schema where it gives them.
/// Only what the catalog format accepts is written (no defaults, which must pass validation; values only on enums and
/// numbers), so the override always loads. Existing models are not mentioned, so nothing of theirs changes.
/// </summary>
internal static class OverrideWriter
{
    public static string Write(CatalogDiff diff)
    {
        var date = DateOnly.FromDateTime(diff.ComparedAt.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var models = new JsonArray();
        foreach (var added in diff.ModelsAdded)
        {
            models.Add((JsonNode)Model(added, diff.Source, date));
        }

        return CatalogDocument.Write(new JsonObject { ["models"] = models });
    }

    private static JsonObject Model(CatalogModelAdded added, string source, string date)
    {
        var listing = added.Remote.Listing;
        var model = new JsonObject
        {
            ["id"] = added.SuggestedId,
            ["displayName"] = string.IsNullOrWhiteSpace(listing.Title) ? added.ApiModel : listing.Title.Trim(),
            ["category"] = "unknown",
            ["enabled"] = false,
        };
        if (!string.IsNullOrWhiteSpace(listing.Provider))
        {
            model["provider"] = listing.Provider;
        }

        if (!string.IsNullOrWhiteSpace(listing.Description))
        {
            model["description"] = listing.Description;
        }

        model["note"] = $"Added disabled by catalog sync on {date} from {source}. Supply its category, check its parameters and price, then set enabled to true."
            + (added.LikelyFamily is { } family ? $" Looks like a variant of '{family}'." : string.Empty);
        model["modes"] = new JsonArray(Mode(added, source, date));
        return model;
    }

    private static JsonObject Mode(CatalogModelAdded added, string source, string date)
    {
        var taskTypes = added.Remote.Listing.TaskTypes;
        var modeId = taskTypes.Select(TaskTypeMatcher.ToModeId).FirstOrDefault(id => id.Length > 0 && char.IsAsciiLetterOrDigit(id[0])) ?? "default";
        var schema = added.Remote.Schema;
        var parameters = new JsonArray();
        var skipped = false;
        foreach (var parameter in schema?.Parameters ?? [])
        {
            if (Parameter(parameter) is { } written)
            {
                parameters.Add((JsonNode)written);
            }
            else
            {
                skipped = true;
            }
        }

        var pricing = new JsonObject
        {
            ["source"] = $"{source} (catalog sync)",
            ["date"] = date,
            ["confidence"] = "unknown",
            ["note"] = "No machine-readable price exists; set rules from KIE's price text before enabling.",
        };
        if (!string.IsNullOrWhiteSpace(added.Remote.PricingDescription))
        {
            pricing["priceText"] = added.Remote.PricingDescription;
        }

        return new JsonObject
        {
            ["id"] = modeId,
            ["displayName"] = taskTypes.Count > 0 ? string.Join(" / ", taskTypes) : "Default",
            ["apiModel"] = added.ApiModel,
            ["enabled"] = false,
            // Without a readable schema (or with keys of types the catalog cannot express) the list is incomplete:
            // unknown keys must pass until an administrator completes it.
            ["additionalParameters"] = schema?.IsAvailable != true || skipped,
            ["parameters"] = parameters,
            ["pricing"] = pricing,
        };
    }

    private static JsonObject? Parameter(KieSchemaParameter parameter)
    {
        if (parameter.Type is not { } type || string.IsNullOrEmpty(parameter.Name))
        {
            return null;
        }

        var node = new JsonObject { ["name"] = parameter.Name, ["type"] = ParameterText.TypeName(type) };
        if (parameter.Required)
        {
            node["required"] = true;
        }

        var numeric = type is KieParameterType.Integer or KieParameterType.Number;
        var values = parameter.AllowedValues;
        if ((type == KieParameterType.Enum || (numeric && values.All(value => ValueText.TryParse(value, out _)))) && values.Count > 0)
        {
            node["values"] = new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
        }

        if (numeric && !(parameter.Minimum > parameter.Maximum))
        {
            Set(node, "minimum", parameter.Minimum);
            Set(node, "maximum", parameter.Maximum);
        }

        if (type is KieParameterType.String or KieParameterType.StringList && !(parameter.MinLength > parameter.MaxLength))
        {
            Set(node, "minLength", parameter.MinLength);
            Set(node, "maxLength", parameter.MaxLength is > 0 ? parameter.MaxLength : null);
        }

        if (type is KieParameterType.UrlList or KieParameterType.StringList or KieParameterType.ObjectList && !(parameter.MinItems > parameter.MaxItems))
        {
            Set(node, "minItems", parameter.MinItems);
            Set(node, "maxItems", parameter.MaxItems is > 0 ? parameter.MaxItems : null);
        }

        if (!string.IsNullOrWhiteSpace(parameter.Description))
        {
            node["description"] = parameter.Description;
        }

        return node;
    }

    private static void Set(JsonObject node, string name, decimal? value)
    {
        if (value is { } number)
        {
            node[name] = JsonValue.Create(ValueText.Normalise(number));
        }
    }

    private static void Set(JsonObject node, string name, int? value)
    {
        if (value is { } number)
        {
            node[name] = JsonValue.Create(number);
        }
    }
}
