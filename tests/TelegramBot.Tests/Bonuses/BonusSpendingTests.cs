using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

public sealed class BonusSpendingTests
{
    [Fact]
    public async Task Bonus_money_is_reserved_before_paid_money()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(1000);
        await BonusKit.GrantAsync(bot, "lot-a", 300, TimeSpan.FromDays(10));

        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");

        Assert.Equal(300, await BonusKit.TransferAsync(bot, OrderSteps.ReserveBonusId(orderId)));
        Assert.Equal(price - 300, await BonusKit.TransferAsync(bot, OrderSteps.ReserveId(orderId)));
        Assert.Equal(0, await BonusKit.BonusAsync(bot));
        Assert.Equal(300, await BonusKit.BonusHeldAsync(bot));
        Assert.Equal(1000 - (price - 300), await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(price - 300, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Capture_books_the_paid_part_as_revenue_and_the_bonus_part_as_bonus_spent()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(1000);
        await BonusKit.GrantAsync(bot, "lot-a", 300, TimeSpan.FromDays(10));
        await bot.StartAsync();

        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Equal(price - 300, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(300, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        Assert.Equal(0, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(0, await BonusKit.BonusHeldAsync(bot));
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.ReleaseId(orderId)));
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.ReleaseBonusId(orderId)));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Release_returns_each_part_to_where_it_came_from_and_the_lot_is_whole_again()
    {
        await using var bot = BonusKit.Create();
        await bot.FundAsync(1000);
        await BonusKit.GrantAsync(bot, "lot-a", 300, TimeSpan.FromDays(10));
        await bot.StartAsync();

        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox [fail]");
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        Assert.Equal(OrderState.Released, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Equal(1000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(300, await BonusKit.BonusAsync(bot));
        Assert.Equal(300, Assert.Single(await bot.Ledger.GetBonusLotsAsync(BotHarness.UserId)).Left);
        Assert.Equal(0, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(0, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.CaptureBonusId(orderId)));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task When_bonus_and_balance_together_are_short_nothing_moves()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(100);
        await BonusKit.GrantAsync(bot, "lot-a", price - 101, TimeSpan.FromDays(10));

        var result = await OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "a fox"));

        var funds = Assert.IsType<PlaceOrderResult.InsufficientFunds>(result);
        Assert.Equal(price - 1, funds.BalanceMinorUnits);
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM ledger_transfers WHERE kind LIKE 'reserve%'"));
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lot_uses"));
        Assert.Equal(100, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(price - 101, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Bonus_alone_can_pay_for_an_order_and_is_captured_without_paid_money()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "lot-a", price * 2, TimeSpan.FromDays(10));
        await bot.StartAsync();

        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.ReserveId(orderId)));
        Assert.Equal(price, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        Assert.Equal(0, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(price, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task The_earliest_expiring_lot_is_spent_first()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "late", price, TimeSpan.FromDays(20));
        await BonusKit.GrantAsync(bot, "early", price - 100, TimeSpan.FromDays(2));

        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");

        Assert.Equal(price - 100, await OrderKit.ScalarAsync<long>(bot, "SELECT amount FROM bonus_lot_uses WHERE order_id = $o AND lot_id = 'early'", ("$o", orderId)));
        Assert.Equal(100, await OrderKit.ScalarAsync<long>(bot, "SELECT amount FROM bonus_lot_uses WHERE order_id = $o AND lot_id = 'late'", ("$o", orderId)));
        var left = Assert.Single(await bot.Ledger.GetBonusLotsAsync(BotHarness.UserId));
        Assert.Equal(("late", price - 100), (left.LotId, left.Left));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Two_parallel_orders_with_bonus_for_one_reserve_exactly_once()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await BonusKit.GrantAsync(bot, "lot-a", price, TimeSpan.FromDays(10));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "a fox " + i)))));

        Assert.Single(results.OfType<PlaceOrderResult.Placed>());
        Assert.Equal(3, results.OfType<PlaceOrderResult.InsufficientFunds>().Count());
        Assert.Equal(price, await BonusKit.BonusHeldAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Capture_and_release_of_a_split_order_each_happen_once_and_exclude_each_other()
    {
        await using var bot = BonusKit.Create();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(1000);
        await BonusKit.GrantAsync(bot, "lot-a", 300, TimeSpan.FromDays(10));
        var orderId = await OrderKit.PlaceNewAsync(bot, "a fox");
        var database = bot.Services.GetRequiredService<Kie.Samples.TelegramBot.Store.BotDatabase>();

        var first = await database.WriteAsync((c, t) => bot.Ledger.CaptureOrderAsync(c, t, BotHarness.UserId, orderId, price));
        var again = await database.WriteAsync((c, t) => bot.Ledger.CaptureOrderAsync(c, t, BotHarness.UserId, orderId, price));
        var release = await database.WriteAsync((c, t) => bot.Ledger.ReleaseOrderAsync(c, t, BotHarness.UserId, orderId, price));
        var wrongPrice = await database.WriteAsync((c, t) => bot.Ledger.CaptureOrderAsync(c, t, BotHarness.UserId, orderId, price + 1));

        Assert.Equal(TransferOutcome.Done, first);
        Assert.Equal(TransferOutcome.AlreadyDone, again);
        Assert.Equal(TransferOutcome.Conflict, release);
        Assert.Equal(TransferOutcome.Conflict, wrongPrice);
        Assert.Equal(300, await bot.Ledger.GetBalanceAsync(LedgerAccounts.BonusSpent));
        await BonusKit.AssertBooksAsync(bot);
    }
}
