using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>Registers the bonuses feature's services.</summary>
public static class BonusesRegistration
{
    /// <summary>
    /// Adds the bonuses feature: its settings (section <c>Bot:Bonuses</c>, plus <c>Bot:Username</c> for referral links),
    /// validated now so a wrong model id or time zone stops the start naming the key; the daily free allowance (used by
    /// the order placer), the welcome bonus, referrals with their capture observer, promo codes with their admin commands, and the expiry
    /// sweeper.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotBonuses(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BonusOptions();
        configuration.GetSection(BonusOptions.SectionName).Bind(options);
        options.BotUsername = configuration[BonusOptions.UsernameKey];
        var problems = options.Validate(ModelCatalog.LoadEmbedded());
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Bonus configuration is invalid: " + string.Join("; ", problems));
        }

        services.AddSingleton(options);
        services.AddSingleton<BonusMoney>();
        services.AddSingleton<DailyFreeAllowance>();
        services.AddSingleton<Referrals>();
        services.AddSingleton<PromoCodes>();
        services.AddSingleton<PromoPrompts>();
        services.AddSingleton<BonusExpiry>();
        services.AddSingleton<BonusExpirySignal>();
        services.AddSingleton<BonusOffers>();
        services.AddSingleton<IOrderCapturedObserver, ReferralBonusObserver>();
        services.AddSingleton<INewUserObserver, WelcomeBonus>();
        services.AddSingleton<BonusesFeature>();
        services.AddSingleton<IBotFeature>(provider => provider.GetRequiredService<BonusesFeature>());
        services.AddHostedService<BonusExpirySweeper>();

        services.AddSingleton(new AdminCommandInfo("/promo_new CODE AMOUNT MAX_USES EXPIRES BONUS_DAYS", "create a promo code (EXPIRES: 2030-12-31 or 30d)", "создать промокод (СРОК: 2030-12-31 или 30d)"));
        services.AddSingleton(new AdminCommandInfo("/promo_list", "promo codes with their usage", "промокоды и их использование"));
        services.AddSingleton(new AdminCommandInfo("/promo_off CODE", "disable a promo code", "отключить промокод"));
        return services;
    }
}
