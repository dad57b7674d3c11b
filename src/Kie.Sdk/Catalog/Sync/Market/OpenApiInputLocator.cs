using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Finds the schema of the request body's <c>input</c> object in a model's OpenAPI document: under the createTask
/// operation's JSON request body when there is one, else in any component that has an <c>input</c> property.
/// </summary>
internal static class OpenApiInputLocator
{
    public static JsonElement? Find(JsonElement document, OpenApiRefs refs)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var body in RequestBodySchemas(document, refs))
        {
            if (InputOf(body, refs) is { } input)
            {
                return input;
            }
        }

        if (document.TryGetProperty("components", out var components) && components.ValueKind == JsonValueKind.Object &&
            components.TryGetProperty("schemas", out var schemas) && schemas.ValueKind == JsonValueKind.Object)
        {
            foreach (var schema in schemas.EnumerateObject())
            {
                if (refs.Resolve(schema.Value) is { } resolved && InputOf(resolved, refs) is { } input)
                {
                    return input;
                }
            }
        }

        // A bare JSON schema of the request rather than a whole OpenAPI document.
        return InputOf(document, refs);
    }

    /// <summary>The JSON request-body schemas of every operation, createTask first.</summary>
    private static IEnumerable<JsonElement> RequestBodySchemas(JsonElement document, OpenApiRefs refs)
    {
        if (!document.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        var ordered = paths.EnumerateObject().OrderByDescending(path => path.Name.Contains("createTask", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var path in ordered)
        {
            if (path.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var operation in path.Value.EnumerateObject().OrderByDescending(operation => operation.Name.Equals("post", StringComparison.OrdinalIgnoreCase)))
            {
                if (operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("requestBody", out var requestBody) &&
                    refs.Resolve(requestBody) is { ValueKind: JsonValueKind.Object } body &&
                    body.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object)
                {
                    var media = content.EnumerateObject().OrderByDescending(type => type.Name.Contains("json", StringComparison.OrdinalIgnoreCase));
                    foreach (var type in media)
                    {
                        if (type.Value.ValueKind == JsonValueKind.Object && type.Value.TryGetProperty("schema", out var schema) && refs.Resolve(schema) is { } resolved)
                        {
                            yield return resolved;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The resolved <c>input</c> property of a request schema, looking through <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>.</summary>
    private static JsonElement? InputOf(JsonElement schema, OpenApiRefs refs, int depth = 0)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 4)
        {
            return null;
        }

        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object &&
            properties.TryGetProperty("input", out var input))
        {
            return refs.Resolve(input);
        }

        foreach (var combinator in (string[])["allOf", "oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(combinator, out var branches) && branches.ValueKind == JsonValueKind.Array)
            {
                foreach (var branch in branches.EnumerateArray())
                {
                    if (refs.Resolve(branch) is { } resolved && InputOf(resolved, refs, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }
}
