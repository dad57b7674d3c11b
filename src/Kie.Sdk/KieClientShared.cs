using Kie.Sdk.Http;

namespace Kie.Sdk;

/// <summary>
/// What one client instance keeps for its account: the create-rate limiter, the idempotency store and its in-flight
/// submissions, and the registry of waiters that callbacks wake.
/// </summary>
internal sealed class KieClientShared : IDisposable
{
    public KieClientShared(KieClientOptions options, TimeProvider timeProvider, IKieIdempotencyStore? store)
    {
        CreateLimiter = new CreateRateLimiter(options.CreateRateLimit, options.CreateRateLimitWindow, timeProvider);
        Submitter = new IdempotentSubmitter(store ?? options.IdempotencyStore ?? new InMemoryKieIdempotencyStore());
    }

    /// <summary>Queues creations to the configured rate.</summary>
    public CreateRateLimiter CreateLimiter { get; }

    /// <summary>Runs each idempotency key's submission once.</summary>
    public IdempotentSubmitter Submitter { get; }

    /// <summary>The tasks being waited for.</summary>
    public TaskWaiters Waiters { get; } = new();

    /// <inheritdoc />
    public void Dispose() => CreateLimiter.Dispose();
}
