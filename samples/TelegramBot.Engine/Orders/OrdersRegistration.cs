using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>Registers the orders feature's services.</summary>
public static class OrdersRegistration
{
    /// <summary>
    /// Adds the orders feature: the placer (<see cref="IOrderPlacer"/>), the persisted KIE idempotency store, the order
    /// worker and the delivery outbox (background services), the callback receiver, and the Retry / Original buttons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotOrders(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => KieCallbackSettings.FromConfiguration(provider.GetService<IConfiguration>()));
        services.TryAddSingleton(new OrderCheckpoints());
        services.AddSingleton<SqliteKieIdempotencyStore>();
        services.AddSingleton<IKieIdempotencyStore>(provider => provider.GetRequiredService<SqliteKieIdempotencyStore>());

        services.AddSingleton<OrderStore>();
        services.AddSingleton<OrderScreens>();
        services.AddSingleton<OrderQueue>();
        services.AddSingleton<OrderSettlement>();
        services.AddSingleton<OrderProcessor>();
        services.AddSingleton<OrderRecovery>();
        services.AddSingleton<TaskDurations>();
        services.AddSingleton<IOrderPlacer, OrderPlacer>();
        services.AddSingleton<KieCallbackReceiver>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ResultSender>();
        services.AddSingleton<OutboxDelivery>();

        services.AddSingleton<IBotFeature, OrdersFeature>();
        services.AddHostedService<OrderWorker>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
