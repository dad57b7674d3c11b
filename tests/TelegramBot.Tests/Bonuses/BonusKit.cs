using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

/// <summary>Grants bonus lots and checks the books: every bonus test ends with <see cref="AssertBooksAsync"/>.</summary>
internal static class BonusKit
{
    /// <summary>Settings that turn the daily free allowance off (so paid-model tests see only bonus money).</summary>
    public static readonly IReadOnlyDictionary<string, string?> NoFreeAllowance = new Dictionary<string, string?> { ["Bot:Bonuses:DailyFree:Count"] = "0" };

    /// <summary>
    /// Removes the expiry sweeper's background service: its timer at a lot's expiry would let the harness jump days ahead
    /// while an order is between timers. Tests of the sweeper itself keep it.
    /// </summary>
    public static void WithoutSweeper(IServiceCollection services)
    {
        var sweeper = services.Single(descriptor => descriptor.ServiceType == typeof(IHostedService) && descriptor.ImplementationType == typeof(BonusExpirySweeper));
        services.Remove(sweeper);
    }

    /// <summary>A harness without the free allowance and without the sweeper.</summary>
    public static BotHarness Create(IReadOnlyDictionary<string, string?>? settings = null) => BotHarness.Create(settings ?? NoFreeAllowance, WithoutSweeper);

    /// <summary>Grants a bonus lot the way promo codes and referrals do.</summary>
    public static Task<bool> GrantAsync(BotHarness bot, string lotId, long amount, TimeSpan lifetime, long userId = BotHarness.UserId)
    {
        var now = bot.Clock.GetUtcNow();
        return bot.Services.GetRequiredService<BotDatabase>().WriteAsync((connection, transaction) =>
            BonusLots.GrantAsync(bot.Ledger, connection, transaction, new BonusLot(lotId, userId, amount, "test", now, now + lifetime)));
    }

    /// <summary>A user's bonus account balance (open and expired-but-unswept lots).</summary>
    public static Task<long> BonusAsync(BotHarness bot, long userId = BotHarness.UserId) => bot.Ledger.GetBalanceAsync(LedgerAccounts.Bonus(userId));

    /// <summary>A user's held bonus money.</summary>
    public static Task<long> BonusHeldAsync(BotHarness bot, long userId = BotHarness.UserId) => bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusHeld(userId));

    /// <summary>The amount of a transfer, or null when it does not exist.</summary>
    public static Task<long?> TransferAsync(BotHarness bot, string id) =>
        OrderKit.ScalarAsync<long?>(bot, "SELECT amount FROM ledger_transfers WHERE id = $id", ("$id", id));

    /// <summary>
    /// The books sum to zero, no user account is negative, and each user's bonus accounts match the lots exactly as the
    /// rule in 080-bonuses.sql says.
    /// </summary>
    public static async Task AssertBooksAsync(BotHarness bot, params long[] userIds)
    {
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(
            bot,
            "SELECT COUNT(*) FROM (SELECT account, SUM(amount) AS balance FROM ledger_entries " +
            "WHERE account LIKE 'user:%' OR account LIKE 'held:%' OR account LIKE 'bonus:%' OR account LIKE 'bonusheld:%' GROUP BY account) WHERE balance < 0"));
        foreach (var userId in userIds.Length == 0 ? [BotHarness.UserId] : userIds)
        {
            var fromLots = await OrderKit.ScalarAsync<long>(
                bot,
                "SELECT COALESCE(SUM(l.amount - COALESCE(l.expired_amount, 0) - (SELECT COALESCE(SUM(u.amount), 0) FROM bonus_lot_uses u WHERE u.lot_id = l.id " +
                "AND NOT EXISTS (SELECT 1 FROM ledger_transfers t WHERE t.id = 'order:' || u.order_id || ':release-bonus'))), 0) FROM bonus_lots l WHERE l.user_id = $user",
                ("$user", userId));
            var running = await OrderKit.ScalarAsync<long>(
                bot,
                "SELECT COALESCE(SUM(u.amount), 0) FROM bonus_lot_uses u JOIN bonus_lots l ON l.id = u.lot_id WHERE l.user_id = $user " +
                "AND NOT EXISTS (SELECT 1 FROM ledger_transfers t WHERE t.id IN ('order:' || u.order_id || ':release-bonus', 'order:' || u.order_id || ':capture-bonus'))",
                ("$user", userId));
            Assert.Equal(fromLots, await BonusAsync(bot, userId));
            Assert.Equal(running, await BonusHeldAsync(bot, userId));
        }
    }
}
