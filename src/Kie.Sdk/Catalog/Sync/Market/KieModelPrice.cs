using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>A model's price as KIE states it (<c>GET /api/v1/models/{model}/price</c>): prose only, no machine-readable figure.</summary>
public sealed record KieModelPrice
{
    /// <summary>The API model id.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>KIE's price text (<c>pricingDesc</c>), or <see langword="null"/> when KIE states none.</summary>
    public string? PricingDescription { get; init; }

    /// <summary>The answer's <c>data</c> exactly as KIE sent it.</summary>
    public JsonElement RawJson { get; init; }
}
