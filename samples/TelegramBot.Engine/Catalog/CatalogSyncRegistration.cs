using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>Registers the catalog-sync feature's services.</summary>
public static class CatalogSyncRegistration
{
    /// <summary>Adds the catalog-sync feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotCatalogSync(this IServiceCollection services, IConfiguration configuration) => services;
}
