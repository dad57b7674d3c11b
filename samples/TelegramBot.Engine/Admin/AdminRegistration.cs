using Kie.Samples.TelegramBot.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>Registers the admin feature's services.</summary>
public static class AdminRegistration
{
    /// <summary>Adds the admin feature (its stores, its <see cref="Conversation.IBotFeature"/> and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotAdmin(this IServiceCollection services)
    {
        // It uses the payments feature's services (records, refunds, messages), registered by AddBotPayments.
        services.AddSingleton<AdminFeature>();
        services.AddSingleton<IBotFeature>(provider => provider.GetRequiredService<AdminFeature>());
        return services;
    }
}
