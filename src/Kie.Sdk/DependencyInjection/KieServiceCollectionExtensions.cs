using Kie.Sdk;
using Kie.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IKieClient"/> over <see cref="IHttpClientFactory"/> with the SDK's resilience pipeline.</summary>
public static class KieServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client the SDK registers.</summary>
    public const string HttpClientName = "Kie.Sdk";

    /// <summary>Registers <see cref="IKieClient"/> (a singleton <see cref="KieClient"/>) configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see cref="KieClientOptions.ApiKey"/> is required.</param>
    /// <returns>The HTTP client builder, to add your own handlers (they run inside the SDK's retries).</returns>
    public static IHttpClientBuilder AddKieClient(this IServiceCollection services, Action<KieClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<KieClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="IKieClient"/> (a singleton <see cref="KieClient"/>) configured from the <c>Kie</c> section,
    /// e.g. <c>Kie:ApiKey</c>, <c>Kie:BaseUrl</c>. Options are validated at start-up (<c>Kie:ApiKey is required</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application's configuration (its <c>Kie</c> section is read), or the section itself.</param>
    /// <returns>The HTTP client builder, to add your own handlers (they run inside the SDK's retries).</returns>
    public static IHttpClientBuilder AddKieClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: KieClientOptions.SectionName } own
            ? own
            : configuration.GetSection(KieClientOptions.SectionName);
        services.AddOptions<KieClientOptions>().Configure(options => KieClientOptionsBinder.Bind(section, options));
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KieClientOptions>, KieClientOptionsValidator>());
        services.AddOptions<KieClientOptions>().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        var builder = services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        // Outermost first: retries and attempt timeouts wrap the envelope inspection that feeds their predicate.
        builder.AddResilienceHandler(KieResilience.PipelineName, (pipeline, context) =>
            KieResilience.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<KieClientOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        builder.AddHttpMessageHandler(() => new KieEnvelopeHandler());
        services.TryAddSingleton(provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new KieClient(
                () => factory.CreateClient(HttpClientName),
                provider.GetRequiredService<IOptions<KieClientOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILoggerFactory>(),
                provider.GetService<IKieIdempotencyStore>());
        });
        services.TryAddSingleton<IKieClient>(provider => provider.GetRequiredService<KieClient>());
        return builder;
    }
}
