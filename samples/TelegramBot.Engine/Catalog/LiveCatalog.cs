using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// The catalog the bot sells from right now. It starts as the SDK's embedded catalog and is replaced, whole, when an admin
/// enables a synced model or changes an override: readers take <see cref="Current"/> (or <see cref="Prices"/>) per event,
/// so a change shows in the next menu without a restart, and a reader never sees a catalog and prices that disagree.
/// </summary>
public sealed class LiveCatalog
{
    private readonly PricingPolicy _policy;
    private Snapshot _snapshot;

    /// <summary>Starts from a catalog.</summary>
    /// <param name="initial">The catalog at start-up.</param>
    /// <param name="policy">The pricing policy (constant for the process).</param>
    public LiveCatalog(ModelCatalog initial, PricingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _snapshot = new Snapshot(initial, new PriceCalculator(initial, policy), 0);
    }

    /// <summary>Raised after <see cref="Replace"/> installed a new catalog.</summary>
    public event EventHandler<ModelCatalog>? Changed;

    /// <summary>The catalog in force.</summary>
    public ModelCatalog Current => Volatile.Read(ref _snapshot).Catalog;

    /// <summary>Prices over <see cref="Current"/>.</summary>
    public PriceCalculator Prices => Volatile.Read(ref _snapshot).Prices;

    /// <summary>Grows by one with every replacement (lets caches built from a catalog know they are stale).</summary>
    public long Version => Volatile.Read(ref _snapshot).Version;

    /// <summary>Installs a new catalog (for example the embedded one with the persisted overrides applied).</summary>
    /// <param name="catalog">The new catalog.</param>
    public void Replace(ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Snapshot current;
        do
        {
            current = Volatile.Read(ref _snapshot);
        }
        while (Interlocked.CompareExchange(ref _snapshot, new Snapshot(catalog, new PriceCalculator(catalog, _policy), current.Version + 1), current) != current);

        Changed?.Invoke(this, catalog);
    }

    private sealed record Snapshot(ModelCatalog Catalog, PriceCalculator Prices, long Version);
}
