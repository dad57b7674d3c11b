using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>Registers the menus feature's services.</summary>
public static class MenusRegistration
{
    /// <summary>Adds the menus feature (its stores, its <see cref="Conversation.IBotFeature"/> and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotMenus(this IServiceCollection services)
    {
        return services;
    }
}
