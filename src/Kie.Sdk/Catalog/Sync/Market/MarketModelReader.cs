using System.Text.Json;
using Kie.Sdk.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Reads KIE's model listing tolerantly: missing fields stay empty, unknown ones are kept in the raw JSON, and
/// <c>taskType</c> may be a list or one comma-separated string. An entry without a model id is an error, not skipped:
/// a dropped entry would show up in a catalog sync as a removed model.
/// </summary>
internal static class MarketModelReader
{
    /// <summary>Reads the listing's <c>data</c>: <c>{ total, models: [...] }</c>, or the array itself.</summary>
    /// <param name="data">The <c>data</c> element.</param>
    /// <param name="origin">Who sent it, for messages (e.g. <c>KIE models</c>).</param>
    /// <exception cref="KieInvalidResponseException">The listing is not a list of models, or an entry has no model id.</exception>
    public static IReadOnlyList<KieMarketModel> ReadListing(JsonElement data, string origin)
    {
        var entries = data.ValueKind switch
        {
            JsonValueKind.Array => data,
            JsonValueKind.Object when data.TryGet("models", out var models) && models.ValueKind == JsonValueKind.Array => models,
            // total: 0 with the list left out is an empty answer, not a broken one.
            JsonValueKind.Object when !data.TryGet("models", out _) && data.GetInt64("total") == 0 => default,
            _ => throw Invalid(origin, $"has no model list ('data' is {Describe(data)})."),
        };
        if (entries.ValueKind == JsonValueKind.Undefined)
        {
            return [];
        }

        var result = new List<KieMarketModel>(entries.GetArrayLength());
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            result.Add(ReadEntry(entry, origin, index++));
        }

        return result.AsReadOnly();
    }

    /// <summary>Reads one entry.</summary>
    /// <exception cref="KieInvalidResponseException">The entry is not an object or has no model id.</exception>
    public static KieMarketModel ReadEntry(JsonElement entry, string origin, int index)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(origin, $"lists an entry that is not an object (models[{index}] is {entry.ValueKind}).");
        }

        var model = entry.GetText("model") ?? entry.GetText("slug")
            ?? throw Invalid(origin, $"lists an entry without a model id (models[{index}]: {Shorten(entry.GetRawText())}).");
        return new KieMarketModel
        {
            Model = model,
            Slug = entry.GetText("slug"),
            Title = entry.GetText("title") ?? entry.GetText("name"),
            Provider = entry.GetText("provider"),
            TaskTypes = TaskTypes(entry),
            Description = entry.GetText("description"),
            PricingDescription = entry.GetText("pricingDesc") ?? entry.GetText("pricingDescription"),
            RawJson = entry.Clone(),
        };
    }

    private static IReadOnlyList<string> TaskTypes(JsonElement entry)
    {
        if (!entry.TryGet("taskType", out var value) && !entry.TryGet("taskTypes", out value))
        {
            return [];
        }

        IEnumerable<string?> texts = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()),
            JsonValueKind.String => value.GetString()!.Split(','),
            _ => [],
        };
        return [.. texts.Select(text => text?.Trim()).Where(text => !string.IsNullOrEmpty(text)).Select(text => text!).Distinct(StringComparer.Ordinal)];
    }

    private static string Describe(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.Object => "an object without a 'models' list",
        JsonValueKind.Undefined => "missing",
        var kind => kind.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private static KieInvalidResponseException Invalid(string origin, string what) => new(KieErrorDetails.None, $"{origin} {what}");
}
