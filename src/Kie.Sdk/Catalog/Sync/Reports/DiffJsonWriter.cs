using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>Writes a <see cref="CatalogDiff"/> as JSON with a <see cref="Utf8JsonWriter"/> (no reflection; trim- and AOT-safe).</summary>
internal static class DiffJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(CatalogDiff diff)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("source", diff.Source);
            json.WriteString("comparedAt", diff.ComparedAt);
            json.WriteBoolean("remoteIsComplete", diff.RemoteIsComplete);
            json.WriteNumber("localModelCount", diff.LocalModelCount);
            json.WriteNumber("remoteModelCount", diff.RemoteModelCount);
            json.WriteBoolean("hasChanges", diff.HasChanges);
            Array(json, "modelsAdded", diff.ModelsAdded, ModelAdded);
            Array(json, "modelsRemoved", diff.ModelsRemoved, (writer, removed) =>
            {
                writer.WriteString("modelId", removed.ModelId);
                writer.WriteString("displayName", removed.DisplayName);
                writer.WriteBoolean("enabled", removed.Enabled);
                Strings(writer, "apiModels", removed.ApiModels);
            });
            Array(json, "modesAdded", diff.ModesAdded, Mode);
            Array(json, "modesRemoved", diff.ModesRemoved, Mode);
            Array(json, "parametersAdded", diff.ParametersAdded, Parameter);
            Array(json, "parametersRemoved", diff.ParametersRemoved, Parameter);
            Array(json, "parametersChanged", diff.ParametersChanged, Parameter);
            Array(json, "priceTextsChanged", diff.PriceTextsChanged, (writer, price) =>
            {
                writer.WriteString("apiModel", price.ApiModel);
                writer.WriteString("modelId", price.ModelId);
                Strings(writer, "modeIds", price.ModeIds);
                writer.WriteString("localText", price.LocalText);
                writer.WriteString("localRules", price.LocalRules);
                writer.WriteString("remoteText", price.RemoteText);
                Numbers(writer, "localCredits", price.LocalCredits);
                Numbers(writer, "remoteCredits", price.RemoteCredits);
                Numbers(writer, "unmatchedCredits", price.UnmatchedCredits);
            });
            Array(json, "healthWarnings", diff.HealthWarnings, (writer, warning) =>
            {
                writer.WriteString("apiModel", warning.ApiModel);
                writer.WriteString("modelId", warning.ModelId);
                writer.WriteString("status", warning.Summary.Status.ToString());
                Number(writer, "recentSuccessRate", warning.Summary.RecentSuccessRate);
                Number(writer, "overallSuccessRate", warning.Summary.OverallSuccessRate);
                writer.WriteNumber("bucketsWithTraffic", warning.Summary.BucketsWithTraffic);
                writer.WriteNumber("degradedBelow", warning.Summary.DegradedBelow);
            });
            Array(json, "notes", diff.Notes, (writer, note) =>
            {
                writer.WriteString("apiModel", note.ApiModel);
                writer.WriteString("modelId", note.ModelId);
                writer.WriteString("message", note.Message);
            });
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void ModelAdded(Utf8JsonWriter writer, CatalogModelAdded added)
    {
        var listing = added.Remote.Listing;
        writer.WriteString("apiModel", added.ApiModel);
        writer.WriteString("suggestedId", added.SuggestedId);
        writer.WriteString("likelyFamily", added.LikelyFamily);
        writer.WriteString("title", listing.Title);
        writer.WriteString("provider", listing.Provider);
        Strings(writer, "taskTypes", listing.TaskTypes);
        writer.WriteString("pricingDescription", added.Remote.PricingDescription);
        writer.WriteBoolean("schemaAvailable", added.Remote.Schema?.IsAvailable == true);
        Array(writer, "parameters", added.Remote.Schema?.Parameters ?? [], (inner, parameter) =>
        {
            inner.WriteString("name", parameter.Name);
            inner.WriteString("type", ParameterText.TypeName(parameter));
            inner.WriteBoolean("required", parameter.Required);
            Strings(inner, "values", parameter.AllowedValues);
            Number(inner, "minimum", parameter.Minimum);
            Number(inner, "maximum", parameter.Maximum);
        });
    }

    private static void Mode(Utf8JsonWriter writer, CatalogModeChange mode)
    {
        writer.WriteString("modelId", mode.ModelId);
        writer.WriteString("modeId", mode.ModeId);
        writer.WriteString("apiModel", mode.ApiModel);
        writer.WriteString("taskType", mode.TaskType);
        if (mode.Enabled is { } enabled)
        {
            writer.WriteBoolean("enabled", enabled);
        }
    }

    private static void Parameter(Utf8JsonWriter writer, CatalogParameterChange change)
    {
        writer.WriteString("apiModel", change.ApiModel);
        writer.WriteString("modelId", change.ModelId);
        Strings(writer, "modeIds", change.ModeIds);
        writer.WriteString("parameter", change.Parameter);
        writer.WriteString("aspect", JsonNamingPolicy.CamelCase.ConvertName(change.Aspect.ToString()));
        writer.WriteString("local", change.Local);
        writer.WriteString("remote", change.Remote);
        writer.WriteString("note", change.Note);
    }

    private static void Array<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> item)
    {
        writer.WriteStartArray(name);
        foreach (var value in items)
        {
            writer.WriteStartObject();
            item(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter writer, string name, IEnumerable<decimal> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(ValueText.Normalise(value));
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, ValueText.Normalise(number));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
