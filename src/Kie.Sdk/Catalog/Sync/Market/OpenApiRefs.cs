using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Resolves local <c>$ref</c>s in one of KIE's OpenAPI documents, best effort. KIE does not inline them, and its
/// component keys are untidy: some contain <c>%20</c> or trailing spaces, and the reference may spell the key
/// differently from the key itself. A reference that still does not resolve is reported, never guessed.
/// </summary>
internal sealed class OpenApiRefs(JsonElement root, List<string> warnings)
{
    private const int MaxDepth = 16;

    /// <summary>Where problems are reported.</summary>
    public List<string> Warnings => warnings;

    /// <summary>Follows <c>$ref</c>s until a schema without one; <see langword="null"/> when a reference does not resolve.</summary>
    public JsonElement? Resolve(JsonElement node)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
            {
                return node;
            }

            var target = Find(reference.GetString()!);
            if (target is null)
            {
                warnings.Add($"$ref '{reference.GetString()}' does not resolve.");
                return null;
            }

            node = target.Value;
        }

        warnings.Add("$ref chain too deep (a cycle?).");
        return null;
    }

    private JsonElement? Find(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            // A reference to another document cannot be followed offline.
            return null;
        }

        var current = root;
        foreach (var token in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (Child(current, key) is not { } next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static JsonElement? Child(JsonElement parent, string key)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (parent.TryGetProperty(key, out var exact))
        {
            return exact;
        }

        // Same key once both sides are percent-decoded and trimmed; then the same ignoring case.
        var wanted = Tidy(key);
        JsonElement? caseless = null;
        foreach (var property in parent.EnumerateObject())
        {
            var tidy = Tidy(property.Name);
            if (string.Equals(tidy, wanted, StringComparison.Ordinal))
            {
                return property.Value;
            }

            if (caseless is null && string.Equals(tidy, wanted, StringComparison.OrdinalIgnoreCase))
            {
                caseless = property.Value;
            }
        }

        return caseless;
    }

    private static string Tidy(string key)
    {
        try
        {
            return Uri.UnescapeDataString(key).Trim();
        }
        catch (UriFormatException)
        {
            return key.Trim();
        }
    }
}
