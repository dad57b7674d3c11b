using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Tests.Behaviour;

namespace Kie.Samples.TelegramBot.Tests.Orders;

public sealed class OrderPlacementTests
{
    [Fact]
    public async Task Placing_stores_the_order_and_reserves_its_price_without_generating_inline()
    {
        // The background services are not started: whatever generates the order must not be PlaceAsync itself.
        await using var bot = BotHarness.Create();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(price * 3);

        var request = OrderKit.Request(bot, "a quiet harbour");
        var orderId = Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, request)).OrderId;

        Assert.True(OrderIds.IsWellFormed(orderId), orderId);
        var order = await OrderKit.FindAsync(bot, orderId);
        Assert.Equal(OrderState.Reserved, order.State);
        Assert.Equal(price, order.PriceMinorUnits);
        Assert.Equal(request.DraftId, order.DraftId);
        Assert.Equal((OrderKit.ImageModel, OrderKit.ImageMode, "google/nano-banana"), (order.ModelId, order.ModeId, order.ApiModel));
        Assert.Equal(request.Quote.Credits, order.Credits);
        Assert.Equal(price * 2, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(price, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(0, bot.Simulator!.CountRequests("/createTask"));
    }

    [Fact]
    public async Task A_short_balance_places_nothing_and_sends_nothing_to_KIE()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(price - 1);

        var result = await OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "too expensive"));

        Assert.Equal(new PlaceOrderResult.InsufficientFunds(price, price - 1), result);
        Assert.Equal(0L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM orders"));
        Assert.Equal(0, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        await TestClock.QuietAsync();
        Assert.Equal(0, bot.Simulator!.CountRequests("/createTask"));
    }

    [Fact]
    public async Task A_double_tapped_confirm_places_one_order_and_reserves_once()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(price * 10);
        var request = OrderKit.Request(bot, "one bicycle only");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => OrderKit.PlaceAsync(bot, request))));

        var placed = Assert.Single(results.OfType<PlaceOrderResult.Placed>());
        Assert.All(results.OfType<PlaceOrderResult.AlreadyPlaced>(), again => Assert.Equal(placed.OrderId, again.OrderId));
        Assert.Equal(5, results.OfType<PlaceOrderResult.AlreadyPlaced>().Count());
        Assert.Equal(price * 9, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        await OrderKit.RunUntilStateAsync(bot, placed.OrderId, OrderState.Captured);
        Assert.Equal(1, bot.Simulator!.CountRequests("/createTask"));
        Assert.Single(OrderKit.ResultMessages(bot, placed.OrderId));
        Assert.Equal(price * 9, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Two_parallel_orders_with_money_for_one_let_exactly_one_run()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(price + price / 2);

        var results = await Task.WhenAll(
            Task.Run(() => OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "first"))),
            Task.Run(() => OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "second"))));

        var placed = Assert.Single(results.OfType<PlaceOrderResult.Placed>());
        var refused = Assert.Single(results.OfType<PlaceOrderResult.InsufficientFunds>());
        Assert.Equal(price, refused.PriceMinorUnits);
        Assert.Equal(price / 2, refused.BalanceMinorUnits);
        await OrderKit.RunUntilStateAsync(bot, placed.OrderId, OrderState.Captured);
        Assert.Equal(1, bot.Simulator!.CountRequests("/createTask"));
        Assert.Equal(1L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM orders"));
        Assert.Equal(price / 2, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public void Order_ids_are_short_unambiguous_and_distinct()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => OrderIds.New()).ToArray();

        Assert.All(ids, id => Assert.True(OrderIds.IsWellFormed(id), id));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(ids, id => id.IndexOfAny(['I', 'L', 'O', 'U']) >= 0);
        Assert.False(OrderIds.IsWellFormed("0123456789A"));
        Assert.False(OrderIds.IsWellFormed("ABCDEFGHIL"));
    }
}
