using System.Text.Json;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>Reading the <c>input</c> parameters out of KIE's inlined OpenAPI documents, quirks included.</summary>
public sealed class SchemaReadingTests
{
    private static KieModelSchema Read(string openApi)
    {
        using var document = JsonDocument.Parse(openApi);
        return ModelSchemaReader.FromOpenApi(document.RootElement, "test/model");
    }

    private static string Request(string inputSchema, string components = "{}") => $$"""
        { "openapi": "3.1.0",
          "paths": { "/api/v1/jobs/recordInfo": { "get": {} },
                     "/api/v1/jobs/createTask": { "post": { "requestBody": { "content": { "application/json": { "schema": {
                       "type": "object", "properties": { "model": { "type": "string" }, "input": {{inputSchema}} } } } } } } } },
          "components": { "schemas": {{components}} } }
        """;

    [Fact]
    public void Types_values_limits_and_required_are_read()
    {
        var schema = Read(Request("""
            { "type": "object", "required": ["prompt", "image_urls"], "properties": {
              "prompt": { "type": "string", "maxLength": 5000, "description": "What to make." },
              "image_urls": { "type": "array", "items": { "type": "string" }, "maxItems": 4 },
              "aspect_ratio": { "type": "string", "enum": ["16:9", "9:16"], "default": "16:9" },
              "num_images": { "type": "integer", "minimum": 1, "maximum": 4 },
              "strength": { "type": "number", "minimum": 0.1, "maximum": 1.0 },
              "seed": { "type": ["integer", "null"] },
              "enable_safety": { "type": "boolean" },
              "tags": { "type": "array", "items": { "type": "string" } },
              "shots": { "type": "array", "items": { "type": "object", "properties": { "prompt": { "type": "string" } } } },
              "duration": { "type": "integer", "enum": [5, 10] },
              "mask": { "type": "object" } } }
            """));

        Assert.True(schema.IsAvailable);
        Assert.Equal(
            [
                ("prompt", KieParameterType.String), ("image_urls", KieParameterType.UrlList), ("aspect_ratio", KieParameterType.Enum),
                ("num_images", KieParameterType.Integer), ("strength", KieParameterType.Number), ("seed", KieParameterType.Integer),
                ("enable_safety", KieParameterType.Boolean), ("tags", KieParameterType.StringList), ("shots", KieParameterType.ObjectList),
                ("duration", KieParameterType.Integer), ("mask", (KieParameterType?)null),
            ],
            schema.Parameters.Select(parameter => (parameter.Name, parameter.Type)));
        Assert.Equal(["prompt", "image_urls"], schema.Parameters.Where(parameter => parameter.Required).Select(parameter => parameter.Name));
        var prompt = schema.FindParameter("prompt")!;
        Assert.Equal((5000, "What to make."), (prompt.MaxLength, prompt.Description));
        Assert.Equal(["16:9", "9:16"], schema.FindParameter("aspect_ratio")!.AllowedValues);
        Assert.Equal("16:9", schema.FindParameter("aspect_ratio")!.Default!.Value.GetString());
        Assert.Equal((1m, 4m), (schema.FindParameter("num_images")!.Minimum, schema.FindParameter("num_images")!.Maximum));
        Assert.Equal(["5", "10"], schema.FindParameter("duration")!.AllowedValues);
        Assert.Equal(4, schema.FindParameter("image_urls")!.MaxItems);
        Assert.Equal("object", schema.FindParameter("mask")!.SchemaType);
    }

    [Fact]
    public void Refs_to_components_with_encoded_spaces_and_trailing_spaces_resolve()
    {
        var schema = Read(Request(
            """{ "$ref": "#/components/schemas/Seedance%20Input" }""",
            """
            { "Seedance Input ": { "type": "object", "properties": {
                "reference_video_urls ": { "type": "array", "items": { "$ref": "#/components/schemas/Url" } },
                "resolution": { "$ref": "#/components/schemas/Resolution%20Enum" } } },
              "Url": { "type": "string", "format": "uri" },
              "resolution enum": { "type": "string", "enum": ["480p", "720p"] } }
            """));

        Assert.True(schema.IsAvailable, string.Join("; ", schema.Warnings));
        Assert.Equal(["reference_video_urls ", "resolution"], schema.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(KieParameterType.UrlList, schema.Parameters[0].Type);
        Assert.Equal(["480p", "720p"], schema.Parameters[1].AllowedValues);
        Assert.Empty(schema.Warnings);
    }

    [Fact]
    public void A_oneOf_input_is_the_union_of_its_branches_and_requires_only_what_every_branch_requires()
    {
        var schema = Read(Request("""
            { "type": "object",
              "properties": { "prompt": { "type": "string" } }, "required": ["prompt"],
              "oneOf": [
                { "type": "object", "properties": { "duration": { "type": "string", "enum": ["5"] } }, "required": ["duration"] },
                { "$ref": "#/components/schemas/WithImage" } ] }
            """,
            """
            { "WithImage": { "type": "object", "required": ["image_url", "duration"], "properties": {
                "image_url": { "type": "string" }, "duration": { "type": "string", "enum": ["5", "10"] } } } }
            """));

        Assert.Equal(["prompt", "duration", "image_url"], schema.Parameters.Select(parameter => parameter.Name));
        Assert.Equal([true, true, false], schema.Parameters.Select(parameter => parameter.Required));
        Assert.Equal(["5", "10"], schema.FindParameter("duration")!.AllowedValues);
        Assert.Equal(KieParameterType.Url, schema.FindParameter("image_url")!.Type);
    }

    [Fact]
    public void A_nullable_anyOf_collapses_to_its_type()
    {
        var schema = Read(Request("""
            { "type": "object", "properties": {
              "negative_prompt": { "anyOf": [ { "type": "string", "maxLength": 500 }, { "type": "null" } ], "description": "Avoid this." },
              "quality": { "oneOf": [ { "$ref": "#/components/schemas/Quality" } ] } } }
            """,
            """{ "Quality": { "type": "string", "enum": ["std", "pro"] } }"""));

        Assert.Equal((KieParameterType.String, 500, "Avoid this."), (schema.Parameters[0].Type, schema.Parameters[0].MaxLength, schema.Parameters[0].Description));
        Assert.Equal(["std", "pro"], schema.Parameters[1].AllowedValues);
        Assert.Equal(KieParameterType.Enum, schema.Parameters[1].Type);
    }

    [Fact]
    public void An_unresolved_ref_is_a_warning_not_a_guess()
    {
        var schema = Read(Request("""
            { "type": "object", "properties": { "prompt": { "type": "string" }, "style": { "$ref": "#/components/schemas/Missing" } } }
            """));

        Assert.True(schema.IsAvailable);
        Assert.Null(schema.FindParameter("style")!.Type);
        Assert.Contains("$ref '#/components/schemas/Missing' does not resolve.", schema.Warnings);
    }

    [Fact]
    public void A_document_without_an_input_object_is_not_available()
    {
        var schema = Read("""{ "openapi": "3.1.0", "paths": {} }""");

        Assert.False(schema.IsAvailable);
        Assert.Contains("no 'input' object found in the OpenAPI document.", schema.Warnings);
    }

    [Fact]
    public void The_input_may_sit_in_a_component_that_the_request_body_does_not_reach()
    {
        var schema = Read("""
            { "openapi": "3.1.0", "components": { "schemas": { "Request": { "type": "object", "properties": {
                "input": { "type": "object", "properties": { "prompt": { "type": "string" } } } } } } } }
            """);

        Assert.Equal("prompt", Assert.Single(schema.Parameters).Name);
    }

    [Fact]
    public void An_openapi_sent_as_a_json_string_is_decoded()
    {
        using var data = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { ["model"] = "test/model", ["openapi"] = Request("""{ "type": "object", "properties": { "prompt": { "type": "string" } } }""") }));

        var schema = ModelSchemaReader.Read(data.RootElement, "test/model");

        Assert.True(schema.IsAvailable);
        Assert.Equal("prompt", Assert.Single(schema.Parameters).Name);
    }
}
