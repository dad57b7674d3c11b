using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

public sealed class BonusCrashTests
{
    [Fact]
    public async Task A_crash_before_KIE_releases_both_parts_of_a_split_order_once()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.BeforeCreateTask);
        await using var bot = BotHarness.Create(BonusKit.NoFreeAllowance, services => { kie.Register(services); crash.Register(services); BonusKit.WithoutSweeper(services); });
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        await BonusKit.GrantAsync(bot, "lot-a", 300, TimeSpan.FromDays(10));
        var orderId = await OrderKit.PlaceNewAsync(bot, "interrupted before KIE");
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");

        crash.Disarm();
        await bot.RestartAsync();
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        Assert.Equal(OrderState.Released, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(300, Assert.Single(await bot.Ledger.GetBonusLotsAsync(BotHarness.UserId)).Left);
        Assert.NotNull(await BonusKit.TransferAsync(bot, OrderSteps.ReleaseBonusId(orderId)));
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.CaptureId(orderId)));
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.CaptureBonusId(orderId)));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task A_crash_between_delivery_and_capture_captures_both_parts_and_credits_the_referral_once()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.Delivered);
        await using var bot = BotHarness.Create(BonusKit.NoFreeAllowance, services => { kie.Register(services); crash.Register(services); BonusKit.WithoutSweeper(services); });
        await bot.SendTextAsync("/invite", 2001);
        var code = System.Text.RegularExpressions.Regex.Match(bot.Chat.LastScreen(2001)!.Text, "ref_([a-z0-9]+)").Groups[1].Value;
        await bot.SendTextAsync("/start ref_" + code);
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        await BonusKit.GrantAsync(bot, "lot-a", 300, TimeSpan.FromDays(10));
        var price = OrderKit.Price(bot);
        var orderId = await OrderKit.PlaceNewAsync(bot, "delivered, not yet paid for");
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots WHERE source = 'referral'"));

        crash.Disarm();
        await bot.RestartAsync();

        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Equal(price - 300, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(300, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        Assert.Equal(2, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots WHERE source = 'referral'"));
        await bot.RestartAsync();
        Assert.Equal(2, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots WHERE source = 'referral'"));
        await BonusKit.AssertBooksAsync(bot, BotHarness.UserId, 2001);
    }
}
