using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

public sealed class BonusExpiryTests
{
    [Fact]
    public async Task A_partially_spent_lot_returns_only_what_is_left_when_it_expires()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "lot-a", price + 250, TimeSpan.FromDays(1));
        await bot.StartAsync();
        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        await OrderKit.RunUntilFinalAsync(bot, orderId);
        Assert.Equal(250, await BonusKit.BonusAsync(bot));

        bot.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await bot.Services.GetRequiredService<BonusExpiry>().SweepAsync());
        bot.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await bot.Services.GetRequiredService<BonusExpiry>().SweepAsync());

        Assert.Equal(250, await BonusKit.TransferAsync(bot, BonusLots.ExpireId("lot-a")));
        Assert.Equal(0, await BonusKit.BonusAsync(bot));
        Assert.Equal(price, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        Assert.Empty(await bot.Ledger.GetBonusLotsAsync(BotHarness.UserId));
        Assert.Equal(250, await OrderKit.ScalarAsync<long>(bot, "SELECT expired_amount FROM bonus_lots WHERE id = 'lot-a'"));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task A_lot_held_by_a_running_order_waits_for_it_and_then_expires_what_came_back()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "lot-a", price + 100, TimeSpan.FromHours(1));
        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        var expiry = bot.Services.GetRequiredService<BonusExpiry>();
        bot.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await expiry.SweepAsync());
        Assert.Empty(await bot.Ledger.GetBonusLotsAsync(BotHarness.UserId));
        await BonusKit.AssertBooksAsync(bot);

        Assert.True(await bot.Services.GetRequiredService<OrderSettlement>().ReleaseAsync(orderId, new OrderFailure(OrderFailureKind.TaskFailed), notify: false));
        Assert.Equal(1, await expiry.SweepAsync());
        Assert.Equal(0, await expiry.SweepAsync());

        Assert.Equal(price + 100, await BonusKit.TransferAsync(bot, BonusLots.ExpireId("lot-a")));
        Assert.Equal(0, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task An_expired_lot_cannot_be_spent_even_before_it_is_swept()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "lot-a", price, TimeSpan.FromHours(1));
        bot.Clock.Advance(TimeSpan.FromHours(1));

        var result = await OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "a fox"));

        Assert.IsType<PlaceOrderResult.InsufficientFunds>(result);
        Assert.Equal(price, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task A_fully_spent_lot_is_swept_without_a_transfer()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "lot-a", price, TimeSpan.FromDays(1));
        await bot.StartAsync();
        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        bot.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await bot.Services.GetRequiredService<BonusExpiry>().SweepAsync());

        Assert.Null(await BonusKit.TransferAsync(bot, BonusLots.ExpireId("lot-a")));
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT expired_amount FROM bonus_lots WHERE id = 'lot-a'"));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task The_background_sweeper_expires_lots_on_the_bots_clock_and_watches_new_grants()
    {
        await using var bot = BotHarness.Create(BonusKit.NoFreeAllowance);
        await BonusKit.GrantAsync(bot, "lot-a", 500, TimeSpan.FromDays(3));
        await bot.StartAsync();

        await bot.RunUntilAsync(async () => await BonusKit.TransferAsync(bot, BonusLots.ExpireId("lot-a")) is not null, "the first lot to expire", TimeSpan.FromDays(4));
        Assert.True(bot.Clock.Elapsed >= TimeSpan.FromDays(3));

        await bot.Services.GetRequiredService<Kie.Samples.TelegramBot.Bonuses.PromoCodes>().CreateAsync("LATER", 700, 5, bot.Clock.GetUtcNow().AddDays(30), 2, 9000);
        Assert.Equal(PromoOutcome.Redeemed, (await bot.Services.GetRequiredService<Kie.Samples.TelegramBot.Bonuses.PromoCodes>().RedeemAsync(BotHarness.UserId, "LATER")).Outcome);
        await bot.RunUntilAsync(async () => await BonusKit.TransferAsync(bot, BonusLots.ExpireId("promo:LATER:1001")) is not null, "the promo lot to expire", TimeSpan.FromDays(3));

        Assert.Equal(700, await BonusKit.TransferAsync(bot, BonusLots.ExpireId("promo:LATER:1001")));
        Assert.Equal(0, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }
}
