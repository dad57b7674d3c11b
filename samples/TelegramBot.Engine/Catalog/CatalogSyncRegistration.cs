using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Sdk;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>Registers the catalog-sync feature's services.</summary>
public static class CatalogSyncRegistration
{
    /// <summary>Adds the catalog-sync feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="InvalidOperationException">The <c>Bot:CatalogSync</c> settings are invalid (the message names the key).</exception>
    public static IServiceCollection AddBotCatalogSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new CatalogSyncOptions();
        configuration.GetSection(CatalogSyncOptions.SectionName).Bind(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Catalog sync configuration is invalid: " + string.Join("; ", problems));
        }

        services.AddSingleton(options);
        services.AddSingleton<SyncedModelStore>();
        services.AddSingleton<CatalogOverrides>();
        services.AddSingleton(CreateSource);
        services.AddSingleton<CatalogSyncRunner>();
        services.AddSingleton<CatalogFeature>();
        services.AddSingleton<IBotFeature>(provider => provider.GetRequiredService<CatalogFeature>());
        services.AddSingleton<CatalogStartup>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<CatalogStartup>());
        services.AddSingleton<CatalogSyncScheduler>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<CatalogSyncScheduler>());

        services.AddSingleton(new AdminCommandInfo(
            "/sync",
            "compare the catalog with KIE, show the differences, add new models disabled",
            "сравнить каталог с KIE, показать различия, добавить новые модели выключенными"));
        services.AddSingleton(new AdminCommandInfo("/models", "models added by /sync and their state", "модели, добавленные через /sync, и их состояние"));
        services.AddSingleton(new AdminCommandInfo(
            "/model <id> [category <image|video|audio|speech|tools> | price <credits> | enable | disable]",
            "a synced model's card: supply its category and price, enable or disable it",
            "карточка модели из /sync: указать категорию и цену, включить или выключить"));
        return services;
    }

    private static IModelSource CreateSource(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<CatalogSyncOptions>();
        if (!string.IsNullOrWhiteSpace(options.Source))
        {
            return JsonModelSource.FromFile(options.Source);
        }

        if (provider.GetRequiredService<BotOptions>().DemoMode)
        {
            return new DemoModelSource(provider.GetRequiredService<ModelCatalog>());
        }

        // Every lookup costs a second of KIE's budget: schemas and prices are read only for models the catalog lacks,
        // so a sync takes seconds, not minutes; catalogued models are compared on the listing's price texts.
        var live = provider.GetRequiredService<LiveCatalog>();
        return new KieApiModelSource(
            provider.GetRequiredService<IKieClient>(),
            new KieApiModelSourceOptions { ReadDetailsFor = entry => !live.Current.TryFindByApiModel(entry.Model, out _, out _) });
    }
}
