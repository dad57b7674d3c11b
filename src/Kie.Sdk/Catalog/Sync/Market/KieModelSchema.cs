using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// A model's input schema (<c>GET /api/v1/models/{model}/schema</c>): KIE's inlined OpenAPI 3.1 document and the
/// <c>input</c> parameters read from it.
/// </summary>
public sealed record KieModelSchema
{
    /// <summary>The API model id.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>The OpenAPI document, or <see langword="null"/> when KIE has not synced one for the model.</summary>
    public JsonElement? OpenApi { get; init; }

    /// <summary><see langword="true"/> when an OpenAPI document came and its <c>input</c> object was found.</summary>
    public bool IsAvailable { get; init; }

    /// <summary>The <c>input</c> parameters, in schema order; empty when <see cref="IsAvailable"/> is false.</summary>
    public IReadOnlyList<KieSchemaParameter> Parameters { get; init; } = [];

    /// <summary>What could not be read (an unresolved <c>$ref</c>, an odd type), best effort; empty when all was clear.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The answer's <c>data</c> exactly as KIE sent it.</summary>
    public JsonElement RawJson { get; init; }

    /// <summary>Finds a parameter by its exact key.</summary>
    /// <param name="name">The key, verbatim.</param>
    /// <returns>The parameter, or <see langword="null"/>.</returns>
    public KieSchemaParameter? FindParameter(string name) => Parameters.FirstOrDefault(parameter => string.Equals(parameter.Name, name, StringComparison.Ordinal));
}
