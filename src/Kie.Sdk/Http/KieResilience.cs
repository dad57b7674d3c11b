using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Kie.Sdk.Http;

/// <summary>
/// The SDK's resilience pipeline over Microsoft.Extensions.Http.Resilience: retries decided by
/// <see cref="KieRetryPredicate"/> (exponential backoff with jitter, Retry-After honoured), inside which each attempt is
/// bounded by <see cref="KieClientOptions.AttemptTimeout"/> (or <see cref="KieClientOptions.UploadTimeout"/>).
/// </summary>
internal static class KieResilience
{
    /// <summary>The name of the resilience handler registered by <c>AddKieClient</c>.</summary>
    public const string PipelineName = "kie";

    /// <summary>Adds the retry and attempt-timeout strategies to a pipeline.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, KieClientOptions options, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(KieRetryPredicate.ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args =>
            {
                var request = args.Context.GetRequestMessage();
                return ValueTask.FromResult(request is not null && request.Options.TryGetValue(KieRequestOptions.AttemptTimeout, out var timeout)
                    ? timeout
                    : options.AttemptTimeout);
            },
        });
    }

    /// <summary>Builds the handler chain used when the client creates its own <see cref="HttpClient"/>: resilience, then envelope inspection, then <paramref name="primary"/>.</summary>
    public static HttpMessageHandler CreateHandler(KieClientOptions options, TimeProvider timeProvider, HttpMessageHandler primary)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        Configure(builder, options, timeProvider);
        return new ResilienceHandler(builder.Build())
        {
            InnerHandler = new KieEnvelopeHandler { InnerHandler = primary },
        };
    }
}
