using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kie.Sdk.Catalog;

/// <summary>The list half of <see cref="ValueCoercer"/>: lists given as JSON arrays or as text a person typed.</summary>
internal static partial class ValueCoercer
{
    private static JsonNode? Object(KieModelParameter parameter, JsonNode? value, string field, List<KieValidationProblem> problems)
    {
        if (value is not JsonObject item)
        {
            return Problem(parameter, field, problems, $"must be an object; got {Show(value)}");
        }

        // An object list whose item fields are not documented (Kling 3.0 elements) takes any object as given.
        return parameter.ItemParameters.Count == 0
            ? item.DeepClone()
            : InputValidator.ValidateObject(parameter.ItemParameters, item, field, problems, allowAdditional: false);
    }

    private static JsonNode? List(
        KieModelParameter parameter,
        IList<JsonNode?>? items,
        string field,
        List<KieValidationProblem> problems,
        Func<KieModelParameter, JsonNode?, string, List<KieValidationProblem>, JsonNode?> coerceItem)
    {
        if (items is null)
        {
            return Problem(parameter, field, problems, "must be a list");
        }

        var before = problems.Count;
        if (parameter.MinItems is { } min && items.Count < min)
        {
            Problem(parameter, field, problems, items.Count == 0 ? "must not be empty" : $"has {items.Count} items; the fewest is {min}");
        }

        if (parameter.MaxItems is { } max && items.Count > max)
        {
            Problem(parameter, field, problems, $"has {items.Count} items; the most is {max}");
        }

        var result = new JsonArray();
        var itemParameter = parameter with { MinItems = null, MaxItems = null };
        for (var index = 0; index < items.Count; index++)
        {
            var coerced = coerceItem(itemParameter, items[index], $"{field}[{index}]", problems);
            result.Add(coerced ?? items[index]?.DeepClone());
        }

        return problems.Count == before ? result : null;
    }

    private static JsonArray? SplitUrls(JsonNode? value) => value switch
    {
        JsonArray array => array,
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String =>
            [.. UrlSeparator().Split(scalar.GetValue<string>()).Select(part => part.Trim(',')).Where(part => part.Length > 0).Select(part => (JsonNode?)JsonValue.Create(part))],
        _ => null,
    };

    private static JsonArray? SplitLines(JsonNode? value) => value switch
    {
        JsonArray array => array,
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String =>
            [.. scalar.GetValue<string>().Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => (JsonNode?)JsonValue.Create(part))],
        _ => null,
    };

    private static JsonArray? ParseObjects(JsonNode? value)
    {
        if (value is JsonArray array)
        {
            return array;
        }

        // A person (or a form field) may hand over the list as JSON text.
        if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                return JsonNode.Parse(scalar.GetValue<string>()) as JsonArray;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    // Whitespace, newlines and semicolons always separate; a comma only when a new http(s) URL follows, because
    // commas are legal inside URLs (query strings).
    [GeneratedRegex(@"[\s;]+|,(?=\s*https?://)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlSeparator();
}
