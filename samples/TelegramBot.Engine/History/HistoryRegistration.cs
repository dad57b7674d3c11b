using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.History;

/// <summary>Registers the history feature's services (history and templates).</summary>
public static class HistoryRegistration
{
    /// <summary>Adds the history feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section, <c>Bot:History</c>).</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="InvalidOperationException">A setting is out of range (the message names the key).</exception>
    public static IServiceCollection AddBotHistory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(HistoryOptions.FromConfiguration(configuration));
        services.AddSingleton<HistoryStore>();
        services.AddSingleton<HistoryScreens>();
        services.AddSingleton<PendingInputStore>();
        services.AddSingleton<ResultResender>();
        services.AddSingleton<HistoryFlow>();

        // Checked against the catalog in force when first resolved; TemplateStartupCheck resolves it at start-up.
        services.AddSingleton(provider =>
        {
            var live = provider.GetRequiredService<LiveCatalog>();
            return BuiltInTemplates.LoadEmbedded(live.Current, live.Prices);
        });
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<TemplateScreens>();
        services.AddSingleton<TemplateFlow>();
        services.AddHostedService<TemplateStartupCheck>();

        services.AddSingleton<IBotFeature, HistoryFeature>();
        return services;
    }
}
