using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>Registers the payments feature's services.</summary>
public static class PaymentsRegistration
{
    /// <summary>Adds the payments feature (its stores, its <see cref="Conversation.IBotFeature"/> and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotPayments(this IServiceCollection services)
    {
        return services;
    }
}
