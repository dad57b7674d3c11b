using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>
/// The built-in templates, read from the embedded data file <c>Templates/builtin-templates.json</c> and checked
/// against the catalog: each must name a model and mode that exist, validate with its example answers, and have a
/// price. A template that fails any of these stops the bot at start-up with a message naming it and the problem.
/// </summary>
internal sealed partial class BuiltInTemplates
{
    /// <summary>The data file's resource name.</summary>
    public const string ResourceName = "Templates.builtin-templates.json";

    /// <summary>The longest template name.</summary>
    public const int MaxNameLength = 40;

    private readonly Dictionary<string, BuiltInTemplate> _byId;

    /// <summary>Creates the set.</summary>
    /// <param name="templates">The templates, in display order.</param>
    public BuiltInTemplates(IReadOnlyList<BuiltInTemplate> templates)
    {
        All = templates;
        _byId = templates.ToDictionary(template => template.Id, StringComparer.Ordinal);
    }

    /// <summary>Every built-in template, in the data file's order.</summary>
    public IReadOnlyList<BuiltInTemplate> All { get; }

    /// <summary>A template by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The template, or null.</returns>
    public BuiltInTemplate? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads the embedded file and checks every template.</summary>
    /// <param name="catalog">The catalog in force.</param>
    /// <param name="prices">Its prices.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="InvalidOperationException">The file is malformed or a template is invalid (the message names it).</exception>
    public static BuiltInTemplates LoadEmbedded(ModelCatalog catalog, PriceCalculator prices)
    {
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in templates file ({ResourceName}) is not embedded in the engine.");
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), catalog, prices);
    }

    /// <summary>Reads templates from JSON and checks every one.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="catalog">The catalog in force.</param>
    /// <param name="prices">Its prices.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="InvalidOperationException">The file is malformed or a template is invalid (the message names it).</exception>
    public static BuiltInTemplates Load(string json, ModelCatalog catalog, PriceCalculator prices)
    {
        var templates = Parse(json);
        var problems = Check(templates, catalog, prices);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Built-in templates are invalid: " + string.Join("; ", problems));
        }

        return new BuiltInTemplates(templates);
    }

    /// <summary>Checks templates against a catalog.</summary>
    /// <param name="templates">The templates.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="prices">Its prices.</param>
    /// <returns>One line per problem, each naming its template; empty when all are valid.</returns>
    public static IReadOnlyList<string> Check(IReadOnlyList<BuiltInTemplate> templates, ModelCatalog catalog, PriceCalculator prices)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(prices);
        var problems = new List<string>();
        foreach (var template in templates)
        {
            var where = $"template '{template.Id}'";
            if (!catalog.TryGetModel(template.ModelId, out var model))
            {
                problems.Add($"{where}: model '{template.ModelId}' is not in the catalog");
                continue;
            }

            if (!model.TryGetMode(template.ModeId, out var mode))
            {
                problems.Add($"{where}: model '{template.ModelId}' has no mode '{template.ModeId}'");
                continue;
            }

            if (template.Prompt is { } prompt && mode.FindParameter(prompt.Parameter) is null)
            {
                problems.Add($"{where}: mode '{template.ModeId}' has no parameter '{prompt.Parameter}' for the prompt");
                continue;
            }

            var answers = template.Prompt is { } asked ? new[] { asked.ExampleEn, asked.ExampleRu } : new string?[] { null };
            foreach (var answer in answers)
            {
                var input = template.Input(answer);
                var validated = catalog.Validate(model.Id, mode.Id, input.ToDictionary(pair => pair.Key, pair => pair.Value));
                if (!validated.IsValid)
                {
                    problems.Add($"{where}: " + string.Join(", ", validated.Problems.Select(problem => $"{problem.Field}: {problem.Message}")));
                    break;
                }

                try
                {
                    prices.Quote(validated);
                }
                catch (KieNotSellableException error)
                {
                    problems.Add($"{where}: no price is known ({error.Reason})");
                    break;
                }
            }
        }

        return problems;
    }

    /// <summary>Reads the data file's templates without checking them against a catalog.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="InvalidOperationException">The file is malformed (the message names the template and field).</exception>
    public static IReadOnlyList<BuiltInTemplate> Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"Built-in templates file is not valid JSON: {error.Message}", error);
        }

        if (root?["templates"] is not JsonArray items)
        {
            throw new InvalidOperationException("Built-in templates file has no \"templates\" list.");
        }

        var templates = new List<BuiltInTemplate>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index] as JsonObject ?? throw new InvalidOperationException($"Built-in template #{index + 1} is not an object.");
            var id = Text(item, "id", $"#{index + 1}");
            if (!IdPattern().IsMatch(id))
            {
                throw new InvalidOperationException($"Built-in template '{id}': id must be 1–24 characters of a–z, 0–9 and '-'.");
            }

            if (!ids.Add(id))
            {
                throw new InvalidOperationException($"Built-in template '{id}': the id is used twice.");
            }

            var name = item["name"] as JsonObject ?? throw new InvalidOperationException($"Built-in template '{id}': \"name\" must be an object with \"en\" and \"ru\".");
            var nameEn = Name(name, "en", id);
            var nameRu = Name(name, "ru", id);
            var parameters = item["parameters"] switch
            {
                null => new JsonObject(),
                JsonObject given => (JsonObject)given.DeepClone(),
                _ => throw new InvalidOperationException($"Built-in template '{id}': \"parameters\" must be an object."),
            };
            templates.Add(new BuiltInTemplate(id, nameEn, nameRu, Text(item, "model", id), Text(item, "mode", id), parameters, Prompt(item["prompt"], id)));
        }

        return templates;
    }

    private static TemplatePrompt? Prompt(JsonNode? node, string id)
    {
        if (node is null)
        {
            return null;
        }

        var prompt = node as JsonObject ?? throw new InvalidOperationException($"Built-in template '{id}': \"prompt\" must be an object.");
        var text = Text(prompt, "text", id);
        var at = text.IndexOf(TemplatePrompt.Placeholder, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(TemplatePrompt.Placeholder, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"Built-in template '{id}': prompt.text must contain {TemplatePrompt.Placeholder} exactly once.");
        }

        var question = prompt["question"] as JsonObject ?? throw new InvalidOperationException($"Built-in template '{id}': prompt.question must be an object with \"en\" and \"ru\".");
        var example = prompt["example"] as JsonObject ?? throw new InvalidOperationException($"Built-in template '{id}': prompt.example must be an object with \"en\" and \"ru\".");
        return new TemplatePrompt(
            prompt["parameter"] is null ? "prompt" : Text(prompt, "parameter", id),
            text,
            Text(question, "en", id),
            Text(question, "ru", id),
            Text(example, "en", id),
            Text(example, "ru", id));
    }

    private static string Name(JsonObject name, string language, string id)
    {
        var text = Text(name, language, id);
        return text.Length <= MaxNameLength
            ? text
            : throw new InvalidOperationException($"Built-in template '{id}': name.{language} is longer than {MaxNameLength} characters.");
    }

    private static string Text(JsonObject item, string field, string id) =>
        item[field] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : throw new InvalidOperationException($"Built-in template '{id}': \"{field}\" must be a non-empty string.");

    [GeneratedRegex("^[a-z0-9-]{1,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
