using System.Text.Json;
using Kie.Sdk.Json;

namespace Kie.Sdk.Catalog;

/// <summary>Reads a schema answer <c>{ model, openapi }</c>; <c>openapi</c> may be null (not synced), an object, or JSON inside a string.</summary>
internal static class ModelSchemaReader
{
    public static KieModelSchema Read(JsonElement data, string model)
    {
        var openApi = data.ValueKind == JsonValueKind.Object ? data.GetEmbeddedJson("openapi") ?? data.GetEmbeddedJson("openApi") : null;
        var schema = FromOpenApi(openApi, data.GetText("model") ?? model);
        return schema with { RawJson = data.ValueKind == JsonValueKind.Undefined ? default : data.Clone() };
    }

    /// <summary>Reads the input parameters from an OpenAPI document (or none).</summary>
    public static KieModelSchema FromOpenApi(JsonElement? openApi, string model)
    {
        // Kept on the result, so it must outlive the document it was read from.
        openApi = openApi?.Clone();
        if (openApi is not { ValueKind: JsonValueKind.Object } document)
        {
            return new KieModelSchema
            {
                Model = model,
                OpenApi = openApi,
                Warnings = openApi is null ? [] : [$"'openapi' is {openApi.Value.ValueKind}, not an OpenAPI object."],
            };
        }

        var warnings = new List<string>();
        var refs = new OpenApiRefs(document, warnings);
        var input = OpenApiInputLocator.Find(document, refs);
        if (input is not { ValueKind: JsonValueKind.Object } found)
        {
            warnings.Add("no 'input' object found in the OpenAPI document.");
            return new KieModelSchema { Model = model, OpenApi = document, Warnings = Distinct(warnings) };
        }

        var parameters = InputParameterCollector.Collect(found, refs);
        return new KieModelSchema
        {
            Model = model,
            OpenApi = document,
            IsAvailable = true,
            Parameters = parameters,
            Warnings = Distinct(warnings),
        };
    }

    private static IReadOnlyList<string> Distinct(List<string> warnings) => [.. warnings.Distinct(StringComparer.Ordinal)];
}
