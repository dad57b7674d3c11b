namespace Kie.Sdk.Catalog;

/// <summary>
/// What <see cref="KieApiModelSource"/> reads. Every lookup costs a second of KIE's budget (one per second per account),
/// so a sync of N models takes about 1 + N seconds with schemas, more with health.
/// </summary>
public sealed record KieApiModelSourceOptions
{
    /// <summary>Filters for the listing; <see langword="null"/> reads the whole catalog. A filtered read is marked incomplete.</summary>
    public KieModelQuery? Query { get; init; }

    /// <summary>Whether each model's schema is read (its <c>input</c> parameters). Default <see langword="true"/>.</summary>
    public bool ReadSchemas { get; init; } = true;

    /// <summary>Whether the price endpoint is asked for models whose listing entry has no price text. Default <see langword="true"/>.</summary>
    public bool ReadMissingPrices { get; init; } = true;

    /// <summary>Whether each model's success rate is read. Default <see langword="false"/>.</summary>
    public bool ReadHealth { get; init; }

    /// <summary>Which listed models get the per-model lookups above; <see langword="null"/> for all (e.g. pass only catalogued ids to save time).</summary>
    public Func<KieMarketModel, bool>? ReadDetailsFor { get; init; }
}
