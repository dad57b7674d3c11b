using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Merges an override document into a catalog document: arrays of models, modes and parameters are matched by their
/// key (<c>id</c> / <c>name</c>), matched objects are merged property by property, everything else is replaced.
/// Working on the JSON, not on the typed model, keeps the override format identical to the catalog format.
/// </summary>
internal static class CatalogMerger
{
    /// <summary>The arrays merged item by item, and the key each item is matched by.</summary>
    private static readonly Dictionary<string, string> KeyedArrays = new(StringComparer.Ordinal)
    {
        ["models"] = "id",
        ["modes"] = "id",
        ["parameters"] = "name",
    };

    /// <summary>Returns a merged copy; neither input is changed.</summary>
    public static JsonObject Merge(JsonObject catalog, JsonObject patch)
    {
        var result = (JsonObject)catalog.DeepClone();
        MergeObject(result, patch, "override");
        return result;
    }

    private static void MergeObject(JsonObject target, JsonObject patch, string path)
    {
        foreach (var (name, value) in patch)
        {
            var childPath = $"{path}.{name}";
            if (KeyedArrays.TryGetValue(name, out var key) && value is JsonArray patchItems)
            {
                if (target[name] is not JsonArray targetItems)
                {
                    targetItems = [];
                    target[name] = targetItems;
                }

                MergeKeyedArray(targetItems, patchItems, key, childPath);
            }
            else if (value is JsonObject patchObject && target[name] is JsonObject targetObject && name != "when")
            {
                // "when" (rule conditions) is replaced whole: merging conditions would silently widen a rule.
                MergeObject(targetObject, patchObject, childPath);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    private static void MergeKeyedArray(JsonArray target, JsonArray patch, string key, string path)
    {
        for (var index = 0; index < patch.Count; index++)
        {
            if (patch[index] is not JsonObject item || item[key] is not JsonValue keyValue || !keyValue.TryGetValue<string>(out var id))
            {
                throw new KieCatalogFormatException($"{path}[{index}]", $"each item must be an object with a string '{key}'.");
            }

            var existing = target.OfType<JsonObject>().FirstOrDefault(candidate =>
                candidate[key] is JsonValue value && value.TryGetValue<string>(out var candidateId) && string.Equals(candidateId, id, StringComparison.Ordinal));
            if (existing is null)
            {
                target.Add(item.DeepClone());
            }
            else
            {
                MergeObject(existing, item, $"{path}[{id}]");
            }
        }
    }
}
