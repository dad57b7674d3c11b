using Kie.Samples.TelegramBot.Conversation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>Registers the payments feature's services.</summary>
public static class PaymentsRegistration
{
    /// <summary>
    /// Adds the payments feature (its stores, its <see cref="Conversation.IBotFeature"/> and background services). The
    /// <c>Stars</c> section is read from the registered <see cref="IConfiguration"/> and checked when the host starts
    /// (the start-up reconciliation service needs it), so a bad value stops the bot with a message naming the key.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotPayments(this IServiceCollection services)
    {
        services.AddSingleton(provider => StarsOptions.FromConfiguration(provider.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build()));
        services.AddSingleton<TopUpRates>();
        services.AddSingleton<PaymentScreens>();
        services.AddSingleton<InvoiceStore>();
        services.AddSingleton<PaymentRecords>();
        services.AddSingleton<TopUpCrediting>();
        services.AddSingleton<RefundReversal>();
        services.AddSingleton<UserMessenger>();
        services.AddSingleton<PaymentNotices>();
        services.AddSingleton<PaymentsFeature>();
        services.AddSingleton<IBotFeature>(provider => provider.GetRequiredService<PaymentsFeature>());
        services.AddSingleton<StarsReconciliation>();
        services.AddHostedService(provider => provider.GetRequiredService<StarsReconciliation>());
        return services;
    }
}
