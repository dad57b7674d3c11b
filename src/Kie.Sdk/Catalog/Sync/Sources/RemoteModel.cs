namespace Kie.Sdk.Catalog;

/// <summary>One remote model: its listing entry and, when the source read them, its schema, price text and health.</summary>
public sealed record RemoteModel
{
    /// <summary>The listing entry.</summary>
    public KieMarketModel Listing { get; init; } = new();

    /// <summary>The API model id (<see cref="KieMarketModel.Model"/>).</summary>
    public string Model => Listing.Model;

    /// <summary>The input schema, or <see langword="null"/> when the source did not read it.</summary>
    public KieModelSchema? Schema { get; init; }

    /// <summary>KIE's price text: from the price endpoint when the source asked it, else the listing's.</summary>
    public string? PricingDescription { get; init; }

    /// <summary>The success-rate history and verdict, or <see langword="null"/> when the source did not read it.</summary>
    public KieModelHealth? Health { get; init; }

    /// <summary>Why the details are missing or partial (e.g. the schema lookup answered 404), when worth saying.</summary>
    public string? Note { get; init; }
}
