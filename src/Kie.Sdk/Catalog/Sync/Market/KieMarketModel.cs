using System.Text.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// One entry of KIE's model listing (<c>GET /api/v1/models</c>). KIE's listing carries no category, parameters or
/// machine-readable price; <see cref="PricingDescription"/> is prose.
/// </summary>
public sealed record KieMarketModel
{
    /// <summary>The API model id, verbatim, as sent in createTask (e.g. <c>kling/v2-1-pro</c>).</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>KIE's page slug, when given (usually the model id).</summary>
    public string? Slug { get; init; }

    /// <summary>The display title, when given.</summary>
    public string? Title { get; init; }

    /// <summary>The provider, when given (e.g. <c>Kling</c>).</summary>
    public string? Provider { get; init; }

    /// <summary>Task types as KIE spells them (<c>Text to Video</c>, …); empty when not given. KIE sends a list or one comma-separated string.</summary>
    public IReadOnlyList<string> TaskTypes { get; init; } = [];

    /// <summary>The description, when given.</summary>
    public string? Description { get; init; }

    /// <summary>KIE's price in prose (<c>pricingDesc</c>), e.g. <c>5 s video 50 credits, 10 s video 100 credits</c>; may be absent.</summary>
    public string? PricingDescription { get; init; }

    /// <summary>The entry exactly as KIE sent it, for fields this SDK does not model yet.</summary>
    public JsonElement RawJson { get; init; }
}
