using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

/// <summary>
/// <c>Bot:WelcomeBonus</c> is bonus money: one lot per new user that expires, spent before paid money, and booked as a
/// promotion when spent, so reports never count given-away money as revenue. Demo play money stays plain money.
/// </summary>
public sealed class WelcomeBonusTests
{
    /// <summary>50 ₽ in kopecks.</summary>
    private const long Fifty = 5_000;

    private static readonly Dictionary<string, string?> WelcomeOnly = new(BonusKit.NoFreeAllowance)
    {
        ["Bot:WelcomeBonus"] = "50",
        ["Bot:DemoStartingBalance"] = "0",
    };

    [Fact]
    public async Task A_new_user_gets_the_welcome_bonus_once_as_an_expiring_lot_and_no_paid_money()
    {
        await using var bot = BonusKit.Create(WelcomeOnly);
        await bot.SendTextAsync("/balance");
        await bot.SendTextAsync("/balance");

        Assert.Equal(Fifty, await BonusKit.BonusAsync(bot));
        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal("welcome", await OrderKit.ScalarAsync<string>(bot, "SELECT source FROM bonus_lots WHERE id = 'welcome:1001'"));
        var lifetime = await OrderKit.ScalarAsync<long>(bot, "SELECT expires_at - granted_at FROM bonus_lots WHERE id = 'welcome:1001'");
        Assert.Equal((long)TimeSpan.FromDays(30).TotalMilliseconds, lifetime);
        Assert.Contains("50 ₽", bot.Chat.LastScreen(BotHarness.UserId)!.Text, StringComparison.Ordinal);

        await bot.RestartAsync();
        await bot.SendTextAsync("/balance");
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots WHERE user_id = 1001"));
        Assert.Equal(Fifty, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Spending_the_welcome_bonus_is_a_promotion_not_revenue()
    {
        await using var bot = BonusKit.Create(WelcomeOnly);
        await bot.SendTextAsync("/balance");
        await bot.StartAsync();
        var price = OrderKit.Price(bot);
        Assert.True(price <= Fifty, $"the test needs an order the welcome bonus pays for alone (price {price})");

        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Equal(0, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(price, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        Assert.Equal(Fifty - price, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task In_demo_mode_play_money_tops_the_welcome_bonus_up_to_the_starting_balance()
    {
        var settings = new Dictionary<string, string?>(BonusKit.NoFreeAllowance) { ["Bot:WelcomeBonus"] = "100", ["Bot:DemoStartingBalance"] = "500" };
        await using var bot = BonusKit.Create(settings);
        await bot.SendTextAsync("/start");

        Assert.Equal(10_000, await BonusKit.BonusAsync(bot));
        Assert.Equal(40_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Without_a_welcome_bonus_the_demo_starting_balance_is_plain_money_as_before()
    {
        await using var bot = BonusKit.Create(new Dictionary<string, string?>(BonusKit.NoFreeAllowance) { ["Bot:DemoStartingBalance"] = "500" });
        await bot.SendTextAsync("/start");

        Assert.Equal(0, await BonusKit.BonusAsync(bot));
        Assert.Equal(50_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots"));
    }
}
