using Kie.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kie.Sdk.TrimProbe.Checks;

/// <summary>AddKieClient from configuration: the options binding, start-up validation, and the HttpClientFactory pipeline.</summary>
internal static class DependencyInjectionChecks
{
    public static async Task RunAsync(Probe probe)
    {
        await probe.CheckAsync("AddKieClient from configuration, through the resilience pipeline", async () =>
        {
            using var simulator = new KieSimulator();
            var services = new ServiceCollection();
            // The simulator replaces the network under the SDK's own handlers (retries, attempt timeouts, envelope check).
            services.AddKieClient(Configuration(("Kie:ApiKey", "from-config"), ("Kie:MaxRetries", "2"), ("Kie:AttemptTimeout", "00:00:20")))
                .ConfigurePrimaryHttpMessageHandler(() => simulator);
            await using var provider = services.BuildServiceProvider();

            // What the host runs for ValidateOnStart: must pass with a key.
            provider.GetRequiredService<IStartupValidator>().Validate();
            var options = provider.GetRequiredService<IOptions<KieClientOptions>>().Value;
            ProbeFailure.Unless(options is { ApiKey: "from-config", MaxRetries: 2 } && options.AttemptTimeout == TimeSpan.FromSeconds(20), "the Kie section was not bound");
            var client = provider.GetRequiredService<IKieClient>();
            var credits = await client.GetCreditsAsync();
            ProbeFailure.Unless(credits == simulator.Options.InitialCredits, $"balance is {credits}");
        });

        await probe.CheckAsync("a missing Kie:ApiKey fails start-up validation, naming the key", async () =>
        {
            var services = new ServiceCollection();
            services.AddKieClient(Configuration(("Kie:BaseUrl", "https://api.kie.ai")));
            await using var provider = services.BuildServiceProvider();

            // The host calls IStartupValidator.Validate for ValidateOnStart; without a host the probe calls it the same way.
            var failure = ProbeFailure.ThrownBy<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
            ProbeFailure.Unless(failure.Message.Contains("Kie:ApiKey", StringComparison.Ordinal), $"message: {failure.Message}");
            // And a lazy read of the options fails the same way.
            var lazy = ProbeFailure.ThrownBy<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<KieClientOptions>>().Value);
            ProbeFailure.Unless(lazy.Message.Contains("Kie:ApiKey", StringComparison.Ordinal), $"message: {lazy.Message}");
        });
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
