using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.History;

/// <summary>Registers the history feature's services.</summary>
public static class HistoryRegistration
{
    /// <summary>Adds the history feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotHistory(this IServiceCollection services, IConfiguration configuration) => services;
}
