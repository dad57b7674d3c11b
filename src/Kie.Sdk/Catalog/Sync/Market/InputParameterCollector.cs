using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Lists the parameters of an <c>input</c> object schema. Some of KIE's inputs are a <c>oneOf</c> (one shape per task
/// type): the parameters are the union of the branches, and a parameter is required only when every branch requires
/// it, because a caller may pick any branch.
/// </summary>
internal static class InputParameterCollector
{
    public static IReadOnlyList<KieSchemaParameter> Collect(JsonElement input, OpenApiRefs refs)
    {
        var branches = new List<Branch>();
        var common = Shape(input, refs, depth: 0);
        foreach (var combinator in (string[])["oneOf", "anyOf"])
        {
            if (input.TryGetProperty(combinator, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (refs.Resolve(item) is { } resolved)
                    {
                        branches.Add(common.With(Shape(resolved, refs, depth: 1)));
                    }
                }
            }
        }

        if (branches.Count == 0)
        {
            branches.Add(common);
        }

        var order = new List<string>();
        var schemas = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            foreach (var (name, schema) in branch.Properties)
            {
                if (schemas.TryAdd(name, schema))
                {
                    order.Add(name);
                }
            }
        }

        return [.. order.Select(name => SchemaParameterReader.Read(
            name,
            schemas[name],
            required: branches.All(branch => branch.Required.Contains(name)),
            refs,
            alternatives: [.. branches.Select(branch => branch.Properties.FirstOrDefault(pair => pair.Name == name).Schema).Where(schema => schema.ValueKind == JsonValueKind.Object)]))];
    }

    /// <summary>The properties and required names of a schema, with its <c>allOf</c> parts merged in.</summary>
    private static Branch Shape(JsonElement schema, OpenApiRefs refs, int depth)
    {
        var branch = new Branch([], new HashSet<string>(StringComparer.Ordinal));
        if (schema.ValueKind != JsonValueKind.Object || depth > 4)
        {
            return branch;
        }

        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                branch.Properties.Add((property.Name, property.Value));
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Where(name => name.ValueKind == JsonValueKind.String))
            {
                branch.Required.Add(name.GetString()!);
            }
        }

        if (schema.TryGetProperty("allOf", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in parts.EnumerateArray())
            {
                if (refs.Resolve(part) is { } resolved)
                {
                    branch = branch.With(Shape(resolved, refs, depth + 1));
                }
            }
        }

        return branch;
    }

    private sealed record Branch(List<(string Name, JsonElement Schema)> Properties, HashSet<string> Required)
    {
        public Branch With(Branch other)
        {
            var properties = new List<(string, JsonElement)>(Properties);
            properties.AddRange(other.Properties.Where(added => !Properties.Any(existing => existing.Name == added.Name)));
            var required = new HashSet<string>(Required, StringComparer.Ordinal);
            required.UnionWith(other.Required);
            return new Branch(properties, required);
        }
    }
}
