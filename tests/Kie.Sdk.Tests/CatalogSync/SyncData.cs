using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Tests.Catalog;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>
/// A small local catalog and the KIE listing and schemas that agree with it exactly; tests change one thing at a time.
/// </summary>
internal static class SyncData
{
    public const string KlingText = "kling-2.6/text-to-video";
    public const string KlingImage = "kling-2.6/image-to-video";
    public const string NanoBanana = "google/nano-banana";
    public const string KlingPro = "kling/v2-1-pro";

    public static readonly string[] ApiModels = [KlingText, KlingImage, NanoBanana, KlingPro];

    public static ModelCatalog Catalog { get; } = CatalogFixture.FromJson("""
        { "formatVersion": 1, "snapshotDate": "2026-09-30", "models": [
          { "id": "kling-2.6", "displayName": "Kling 2.6", "category": "video", "provider": "Kling", "modes": [
            { "id": "text-to-video", "displayName": "Text to video", "apiModel": "kling-2.6/text-to-video",
              "parameters": [
                { "name": "prompt", "type": "string", "required": true, "maxLength": 2500 },
                { "name": "duration", "type": "enum", "values": ["5", "10"] },
                { "name": "sound", "type": "boolean" } ],
              "pricing": { "priceText": "55/110 silent, 110/220 with sound", "source": "test", "date": "2026-09-30", "confidence": "exact",
                "rules": [ { "when": { "sound": false }, "credits": 11, "unit": "second", "unitParameter": "duration" },
                           { "when": { "sound": true }, "credits": 22, "unit": "second", "unitParameter": "duration" } ] } },
            { "id": "image-to-video", "displayName": "Image to video", "apiModel": "kling-2.6/image-to-video",
              "parameters": [
                { "name": "prompt", "type": "string", "required": true },
                { "name": "image_urls", "type": "url_list", "required": true, "maxItems": 1 },
                { "name": "duration", "type": "enum", "values": ["5", "10"] } ],
              "pricing": { "source": "test", "date": "2026-09-30", "confidence": "exact",
                "rules": [ { "credits": 11, "unit": "second", "unitParameter": "duration" } ] } } ] },
          { "id": "nano-banana", "displayName": "Nano Banana", "category": "image", "provider": "Google", "modes": [
            { "id": "text-to-image", "displayName": "Text to image", "apiModel": "google/nano-banana",
              "parameters": [
                { "name": "prompt", "type": "string", "required": true },
                { "name": "output_format", "type": "enum", "values": ["png", "jpeg"] } ],
              "pricing": { "priceText": "4", "source": "test", "date": "2026-09-30", "confidence": "exact", "rules": [ { "credits": 4 } ] } } ] },
          { "id": "kling-2.1", "displayName": "Kling 2.1", "category": "video", "provider": "Kling", "modes": [
            { "id": "image-to-video-pro", "displayName": "Image to video (pro)", "apiModel": "kling/v2-1-pro",
              "parameters": [
                { "name": "prompt", "type": "string", "required": true },
                { "name": "image_url", "type": "url", "required": true },
                { "name": "duration", "type": "enum", "values": ["5", "10"] } ],
              "pricing": { "priceText": "50 / 100", "source": "test", "date": "2026-09-30", "confidence": "exact",
                "rules": [ { "when": { "duration": "10" }, "credits": 100 }, { "credits": 50 } ] } } ] } ] }
        """);

    /// <summary>The listing entries, keyed by API id, as KIE would send them today.</summary>
    public static Dictionary<string, JsonObject> Listing() => new(StringComparer.Ordinal)
    {
        [KlingText] = Entry(KlingText, "Kling 2.6 Text to Video", "Kling", ["Text to Video"], "5 s video 55 credits without sound, 110 credits with sound; 10 s video 220 credits with sound."),
        [KlingImage] = Entry(KlingImage, "Kling 2.6 Image to Video", "Kling", ["Image to Video"], "55 credits for 5 seconds, 110 credits for 10 seconds."),
        [NanoBanana] = Entry(NanoBanana, "Nano Banana", "Google", ["Text to Image"], "4 credits per image ($0.02)."),
        [KlingPro] = Entry(KlingPro, "Kling 2.1 Pro", "Kling", ["Image to Video"], "5 s video 50 credits, 10 s video 100 credits"),
    };

    public static JsonObject Entry(string model, string title, string provider, string[] taskTypes, string? pricing) => new()
    {
        ["model"] = model,
        ["slug"] = model,
        ["title"] = title,
        ["provider"] = provider,
        ["taskType"] = new JsonArray([.. taskTypes.Select(type => (JsonNode?)JsonValue.Create(type))]),
        ["description"] = null,
        ["pricingDesc"] = pricing,
        ["addedAt"] = "2026-01-01",
    };

    /// <summary>The listing answer's <c>data</c>.</summary>
    public static string ListingData(IEnumerable<JsonObject> entries)
    {
        var models = new JsonArray([.. entries.Select(entry => (JsonNode?)entry.DeepClone())]);
        return new JsonObject { ["total"] = models.Count, ["models"] = models }.ToJsonString();
    }

    /// <summary>KIE's input properties per API id, agreeing with <see cref="Catalog"/>.</summary>
    public static Dictionary<string, (JsonObject Properties, string[] Required)> Inputs() => new(StringComparer.Ordinal)
    {
        [KlingText] = (Props("""
            { "prompt": { "type": "string", "maxLength": 2500 },
              "duration": { "type": "string", "enum": ["5", "10"] },
              "sound": { "type": "boolean", "default": false } }
            """), ["prompt"]),
        [KlingImage] = (Props("""
            { "prompt": { "type": "string" },
              "image_urls": { "type": "array", "items": { "type": "string", "format": "uri" }, "maxItems": 1 },
              "duration": { "type": "string", "enum": ["5", "10"] } }
            """), ["prompt", "image_urls"]),
        [NanoBanana] = (Props("""
            { "prompt": { "type": "string", "description": "What to draw." },
              "output_format": { "type": ["string", "null"], "enum": ["png", "jpeg"] } }
            """), ["prompt"]),
        [KlingPro] = (Props("""
            { "prompt": { "type": "string" },
              "image_url": { "type": "string" },
              "duration": { "$ref": "#/components/schemas/Duration%20Choice" } }
            """), ["prompt", "image_url"]),
    };

    /// <summary>
    /// A schema answer's <c>data</c> the way KIE shapes it: an OpenAPI 3.1 document whose createTask body refers to a
    /// component (with a trailing space in its key) holding <c>input</c>.
    /// </summary>
    public static string SchemaData(string model, JsonObject properties, string[] required)
    {
        var openApi = JsonNode.Parse($$"""
            { "openapi": "3.1.0", "info": { "title": "{{model}}", "version": "1" },
              "paths": { "/api/v1/jobs/createTask": { "post": { "requestBody": { "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/Create%20Task%20Request" } } } } } } },
              "components": { "schemas": {
                "Create Task Request ": { "type": "object", "required": ["model", "input"], "properties": {
                  "model": { "type": "string", "enum": ["{{model}}"] },
                  "callBackUrl": { "type": "string", "format": "uri" },
                  "input": { "type": "object", "properties": {}, "required": [] } } },
                "Duration Choice": { "type": "string", "enum": ["5", "10"] } } } }
            """)!.AsObject();
        var input = openApi["components"]!["schemas"]!["Create Task Request "]!["properties"]!["input"]!.AsObject();
        input["properties"] = properties.DeepClone();
        input["required"] = new JsonArray([.. required.Select(name => (JsonNode?)JsonValue.Create(name))]);
        return new JsonObject { ["model"] = model, ["openapi"] = openApi }.ToJsonString();
    }

    public static JsonObject Props(string json) => JsonNode.Parse(json)!.AsObject();

    public static string Envelope(string data, int code = 200, string msg = "success") =>
        $$"""{"code":{{code}},"msg":{{JsonSerializer.Serialize(msg)}},"data":{{data}}}""";

    public const string TooFrequent = "Your call frequency is too high. Please try again later.";
}
