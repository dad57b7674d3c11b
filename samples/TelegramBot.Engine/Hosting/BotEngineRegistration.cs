using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Analytics;
using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Feedback;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Kie.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>Wires the engine: options, database, ledger, catalog, pricing, the KIE client (live or demo) and the features.</summary>
public static class BotEngineRegistration
{
    /// <summary>
    /// Adds the engine. With no <c>Kie:ApiKey</c> the KIE client runs on the offline simulator (demo mode). A
    /// <see cref="TimeProvider"/> registered before this call (tests: a fake clock) is used everywhere.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration (sections <c>Bot</c>, <c>Kie</c>, <c>Pricing</c>, <c>Stars</c>).</param>
    /// <param name="gateway">Creates the adapter's chat gateway (Telegram, console, a test recorder).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotEngine(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, IChatGateway> gateway)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(gateway);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        var options = new BotOptions();
        configuration.GetSection(BotOptions.SectionName).Bind(options);
        var apiKey = configuration["Kie:ApiKey"];
        options.DemoMode = string.IsNullOrWhiteSpace(apiKey);
        if (options.WelcomeBonus < 0 || options.DemoStartingBalance < 0)
        {
            throw new InvalidOperationException($"{BotOptions.SectionName}:WelcomeBonus and {BotOptions.SectionName}:DemoStartingBalance must not be negative (0 turns them off).");
        }

        services.AddSingleton(options);

        var catalog = ModelCatalog.LoadEmbedded();
        services.AddSingleton(catalog);
        var policy = PricingPolicy.FromConfiguration(configuration);
        var problems = policy.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Pricing configuration is invalid: " + string.Join("; ", problems));
        }

        services.AddSingleton(policy);
        services.AddSingleton(provider => new PriceCalculator(provider.GetRequiredService<ModelCatalog>(), policy));
        services.AddSingleton(provider => new LiveCatalog(provider.GetRequiredService<ModelCatalog>(), policy));

        services.AddSingleton(new BotDatabase(options.Database));
        services.AddSingleton<Ledger>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<ProcessedUpdates>();
        services.AddSingleton<ChatSerialDispatcher>();
        services.AddSingleton<BotEngine>();
        services.AddSingleton<IChatGateway>(provider =>
        {
            var inner = gateway(provider);
            var users = provider.GetRequiredService<UserStore>();
            return options.DemoMode ? new DemoBannerGateway(inner, users.LanguageOfChat) : inner;
        });

        if (options.DemoMode)
        {
            AddDemoKie(services, catalog);
        }
        else
        {
            services.AddKieClient(configuration);
            services.PostConfigure<KieClientOptions>(kie => kie.Catalog ??= catalog);
        }

        // Order matters: each event goes to the first feature that claims it; menus take what nobody else did.
        services.AddBotAdmin();
        services.AddBotCatalogSync(configuration);
        services.AddBotAnalytics(configuration);
        services.AddBotPayments();
        services.AddBotBonuses(configuration);
        services.AddBotOrders();
        services.AddBotArchive(configuration);
        services.AddBotFeedback(configuration);
        services.AddBotHistory(configuration);
        services.AddBotMenus();
        return services;
    }

    private static void AddDemoKie(IServiceCollection services, ModelCatalog catalog)
    {
        services.AddSingleton(provider => new KieSimulator(new KieSimulatorOptions
        {
            TimeProvider = provider.GetRequiredService<TimeProvider>(),
            InitialCredits = 1_000_000m,
        }));
        services.AddSingleton<IKieClient>(provider => new KieClient(
            provider.GetRequiredService<KieSimulator>().CreateHttpClient(),
            new KieClientOptions
            {
                ApiKey = "demo",
                Catalog = catalog,
                IdempotencyStore = provider.GetService<IKieIdempotencyStore>(),
            },
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
    }
}
