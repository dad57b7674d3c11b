using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>Registers the orders feature's services.</summary>
public static class OrdersRegistration
{
    /// <summary>Adds the orders feature (its stores, its <see cref="Conversation.IBotFeature"/> and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotOrders(this IServiceCollection services)
    {
        return services;
    }
}
