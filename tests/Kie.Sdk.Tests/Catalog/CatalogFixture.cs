using System.Text;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>The embedded catalog, generated inputs for every mode, and small catalogs written inline.</summary>
internal static class CatalogFixture
{
    public static ModelCatalog Embedded => ModelCatalog.LoadEmbedded();

    /// <summary>Every (model, mode) pair of the embedded catalog, for generated theories.</summary>
    public static TheoryData<string, string> AllModes()
    {
        var data = new TheoryData<string, string>();
        foreach (var model in Embedded.Models)
        {
            foreach (var mode in model.Modes)
            {
                data.Add(model.Id, mode.Id);
            }
        }

        return data;
    }

    /// <summary>Every (model, mode, rule index) of a sellable mode.</summary>
    public static TheoryData<string, string, int> AllPriceRules()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var model in Embedded.Models)
        {
            foreach (var mode in model.Modes.Where(mode => mode.IsSellable))
            {
                for (var index = 0; index < mode.Pricing.Rules.Count; index++)
                {
                    data.Add(model.Id, mode.Id, index);
                }
            }
        }

        return data;
    }

    /// <summary>The smallest valid input: one synthesised value per required parameter without a default.</summary>
    public static KieInput MinimalInput(KieModelMode mode)
    {
        var input = new KieInput();
        foreach (var parameter in mode.Parameters.Where(p => p.Required && p.Default is null))
        {
            input.SetJson(parameter.Name, Synthesise(parameter));
        }

        return input;
    }

    /// <summary>A valid value for a parameter, from its type and limits.</summary>
    public static JsonNode? Synthesise(KieModelParameter parameter) => parameter.Type switch
    {
        KieParameterType.Enum => JsonValue.Create(parameter.AllowedValues[0]),
        KieParameterType.Integer => JsonValue.Create((long)(parameter.AllowedValues.Count > 0 ? decimal.Parse(parameter.AllowedValues[0], System.Globalization.CultureInfo.InvariantCulture) : parameter.Minimum ?? Math.Min(1, parameter.Maximum ?? 1))),
        KieParameterType.Number => JsonValue.Create(parameter.AllowedValues.Count > 0 ? decimal.Parse(parameter.AllowedValues[0], System.Globalization.CultureInfo.InvariantCulture) : parameter.Minimum ?? Math.Min(0.5m, parameter.Maximum ?? 0.5m)),
        KieParameterType.Boolean => JsonValue.Create(false),
        KieParameterType.Url => JsonValue.Create("https://example.com/input-file"),
        KieParameterType.UrlList => new JsonArray([.. Enumerable.Range(0, Math.Max(1, parameter.MinItems ?? 1)).Select(i => (JsonNode?)JsonValue.Create($"https://example.com/input-{i}"))]),
        KieParameterType.StringList => new JsonArray([.. Enumerable.Range(0, Math.Max(1, parameter.MinItems ?? 1)).Select(i => (JsonNode?)JsonValue.Create($"item {i}"))]),
        KieParameterType.ObjectList => new JsonArray([.. Enumerable.Range(0, Math.Max(1, parameter.MinItems ?? 1)).Select(_ => (JsonNode?)SynthesiseObject(parameter.ItemParameters))]),
        _ => JsonValue.Create(new string('a', Math.Max(1, Math.Min(parameter.MaxLength ?? 20, parameter.MinLength ?? 20)))),
    };

    public static ModelCatalog FromJson(string json) => ModelCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    public static Stream Stream(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    /// <summary>The repository folder holding the catalog files, found by walking up from the test binaries.</summary>
    public static string DataFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "src", "Kie.Sdk", "Catalog", "Data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("src/Kie.Sdk/Catalog/Data not found above " + AppContext.BaseDirectory);
        }
    }

    private static JsonObject SynthesiseObject(IReadOnlyList<KieModelParameter> fields)
    {
        var item = new JsonObject();
        foreach (var field in fields.Where(f => f.Required))
        {
            item[field.Name] = Synthesise(field);
        }

        return item;
    }
}
