using Kie.Sdk.Diagnostics;
using Kie.Sdk.Http;

namespace Kie.Sdk;

/// <summary>
/// What one client instance keeps for its account: the create-rate and model-lookup limiters, the idempotency store
/// and its in-flight submissions, and the registry of waiters that callbacks wake.
/// </summary>
internal sealed class KieClientShared : IDisposable
{
    public KieClientShared(KieClientOptions options, TimeProvider timeProvider, IKieIdempotencyStore? store)
    {
        CreateLimiter = new WindowRateLimiter(options.CreateRateLimit, options.CreateRateLimitWindow, timeProvider, KieDiagnostics.CreatesQueued, KieDiagnostics.CreateQueueTime);
        // KIE allows one model lookup (models, schema, price, success-rate) per second per account and answers excess
        // with 429; one budget for all four keeps a catalog sync inside it.
        LookupLimiter = new WindowRateLimiter(1, TimeSpan.FromSeconds(1), timeProvider);
        Submitter = new IdempotentSubmitter(store ?? options.IdempotencyStore ?? new InMemoryKieIdempotencyStore());
    }

    /// <summary>Queues creations to the configured rate.</summary>
    public WindowRateLimiter CreateLimiter { get; }

    /// <summary>Spaces model lookups to KIE's budget of one per second.</summary>
    public WindowRateLimiter LookupLimiter { get; }

    /// <summary>Runs each idempotency key's submission once.</summary>
    public IdempotentSubmitter Submitter { get; }

    /// <summary>Recent task durations per model, for placing first polls.</summary>
    public TaskDurationHistory Durations { get; } = new();

    /// <summary>The tasks being waited for.</summary>
    public TaskWaiters Waiters { get; } = new();

    /// <summary>The credit caps' check and today's submitted credits.</summary>
    public Budget.BudgetGuard Budget { get; } = new();

    /// <inheritdoc />
    public void Dispose()
    {
        CreateLimiter.Dispose();
        LookupLimiter.Dispose();
    }
}
