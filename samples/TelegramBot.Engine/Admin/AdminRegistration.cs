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
        services.AddSingleton<AdminLookups>();
        services.AddSingleton<AdminLookupFeature>();
        services.AddSingleton<IBotFeature>(provider => provider.GetRequiredService<AdminLookupFeature>());

        services.AddSingleton(new AdminCommandInfo("/admin", "this list", "этот список"));
        services.AddSingleton(new AdminCommandInfo("/credit <userId> <amount> <reason>", "add money to a balance", "начислить деньги на баланс"));
        services.AddSingleton(new AdminCommandInfo("/debit <userId> <amount> <reason>", "take money off a balance (never below zero)", "списать деньги с баланса (не ниже нуля)"));
        services.AddSingleton(new AdminCommandInfo("/refund <paymentId>", "refund an unspent Stars top-up", "вернуть неизрасходованное пополнение звёздами"));
        services.AddSingleton(new AdminCommandInfo("/payments", "payments that need a look", "платежи, требующие проверки"));
        services.AddSingleton(new AdminCommandInfo("/user <userId|@username>", "a user: balance, recent orders and payments", "пользователь: баланс, последние заказы и платежи"));
        services.AddSingleton(new AdminCommandInfo("/failed [n]", "the newest failed orders with their failure", "последние неудачные заказы и причины"));
        return services;
    }
}
