using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Menus;

/// <summary>Confirm through the real orders feature (its placer reserves the price; its worker is not started here).</summary>
public sealed class ConfirmWithOrdersTests
{
    [Fact]
    public async Task Confirm_reserves_the_quoted_price_once_however_often_it_is_tapped()
    {
        await using var bot = BotHarness.Create();
        var confirm = await MenuKit.KlingSummaryAsync(bot);

        await bot.PressAsync(confirm);
        var second = await bot.PressAsync(confirm);

        var orderId = (await MenuKit.SessionAsync(bot)).PlacedOrderId;
        Assert.NotNull(orderId);
        Assert.Contains($"Order {orderId} confirmed", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
        Assert.Equal($"Already confirmed: order {orderId}.", MenuKit.Answer(bot, second));
        Assert.Equal(44_000, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(56_000, await MenuKit.BalanceAsync(bot));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Without_the_money_nothing_is_reserved_or_sent_and_the_top_up_screen_shows()
    {
        await using var bot = BotHarness.Create();
        var confirm = await MenuKit.KlingSummaryAsync(bot, 5_000);

        await bot.PressAsync(confirm);

        Assert.Contains("Not enough money for this order", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("Balance: 50 ₽", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(0, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(5_000, await MenuKit.BalanceAsync(bot));
        Assert.Equal(0, bot.Simulator!.CountRequests("createTask"));
    }
}
