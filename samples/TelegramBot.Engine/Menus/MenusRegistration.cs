using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Sdk.Catalog;
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
        services.AddSingleton(provider => new MenuCatalog(provider.GetRequiredService<LiveCatalog>()));
        services.AddSingleton<CallbackKeyStore>();
        services.AddSingleton<MenuSessionStore>();
        services.AddSingleton(_ => new UserLocks());
        services.AddSingleton<NavigationScreens>();
        services.AddSingleton<ParameterScreens>();
        services.AddSingleton<SummaryScreens>();
        services.AddSingleton<FileUploader>();
        services.AddSingleton<HomeFlow>();
        services.AddSingleton<NavigationFlow>();
        services.AddSingleton<ParameterFlow>();
        services.AddSingleton<SummaryFlow>();
        services.AddSingleton<IDraftLauncher, DraftLauncher>();

        // Registered last of all features (see AddBotEngine): the menus take what nobody else claimed.
        services.AddSingleton<MenuFeature>();
        services.AddSingleton<IBotFeature>(provider => provider.GetRequiredService<MenuFeature>());
        return services;
    }
}
