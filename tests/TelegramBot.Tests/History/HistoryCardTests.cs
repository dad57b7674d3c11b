using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.History;

public sealed class HistoryCardTests
{
    [Fact]
    public async Task A_delivered_orders_card_shows_what_it_was_its_price_times_and_result_links()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await HistoryKit.FinishedOrderAsync(bot, "a red fox in the snow");
        var results = await OrderKit.ResultsAsync(bot, orderId);

        await bot.SendTextAsync("/history");
        await bot.PressAsync(HistoryKit.Card(orderId) + ":" + orderId);

        var card = HistoryKit.Last(bot).Text;
        Assert.Contains("Order " + orderId, card, StringComparison.Ordinal);
        Assert.Contains("Nano Banana", card, StringComparison.Ordinal);
        Assert.Contains("a red fox in the snow", card, StringComparison.Ordinal);
        Assert.Contains("Price: 8", card, StringComparison.Ordinal);
        Assert.Contains("✅ Delivered", card, StringComparison.Ordinal);
        Assert.Contains("Ordered: ", card, StringComparison.Ordinal);
        Assert.Contains("Finished: ", card, StringComparison.Ordinal);
        Assert.Contains("took ", card, StringComparison.Ordinal);
        Assert.NotEmpty(results);
        Assert.All(results, file => Assert.Contains(file.Url.AbsoluteUri, card, StringComparison.Ordinal));
        Assert.Equal(
            [
                HistoryKit.Action(HistoryCallbacks.Resend, orderId),
                HistoryKit.Action(HistoryCallbacks.Repeat, orderId),
                HistoryKit.Action(HistoryCallbacks.NewPrompt, orderId),
                HistoryKit.Action(HistoryCallbacks.Edit, orderId),
                HistoryKit.Action(HistoryCallbacks.Save, orderId),
                HistoryCallbacks.ForOrder(HistoryCallbacks.Page, orderId),
                CallbackData.MainMenu,
            ],
            HistoryKit.Buttons(bot));
    }

    [Fact]
    public async Task A_failed_orders_card_says_why_and_that_the_money_came_back()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await HistoryKit.FinishedOrderAsync(bot, "a castle [fail]");

        await bot.PressAsync(HistoryKit.Card(orderId));

        var card = HistoryKit.Last(bot).Text;
        Assert.Contains("❌ Failed: the generator could not make it", card, StringComparison.Ordinal);
        Assert.Contains("The money was returned.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Results:", card, StringComparison.Ordinal);
        Assert.DoesNotContain(HistoryKit.Action(HistoryCallbacks.Resend, orderId), HistoryKit.Buttons(bot));
        Assert.Contains(HistoryKit.Action(HistoryCallbacks.Repeat, orderId), HistoryKit.Buttons(bot));
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task A_running_order_reads_as_in_progress()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "still cooking");

        await bot.PressAsync(HistoryKit.Card(orderId));

        Assert.Contains("⏳ In progress", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Finished:", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HistoryCallbacks.Open)]
    [InlineData(HistoryCallbacks.Resend)]
    [InlineData(HistoryCallbacks.Repeat)]
    [InlineData(HistoryCallbacks.NewPrompt)]
    [InlineData(HistoryCallbacks.Edit)]
    [InlineData(HistoryCallbacks.Save)]
    public async Task Forged_data_for_someone_elses_order_shows_nothing(string action)
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000, userId: 2002);
        var theirs = await HistoryKit.FinishedOrderAsync(bot, "their secret picture", userId: 2002);
        var before = bot.Chat.Calls.Count;
        var orders = await HistoryKit.OrderCountAsync(bot, 2002);

        var callback = await bot.PressAsync(HistoryKit.Action(action, theirs));
        await bot.SendTextAsync("a name or a prompt");

        Assert.Equal("This menu has expired. Send /start to open a fresh one.", HistoryKit.Answer(bot, callback));
        Assert.DoesNotContain(bot.Chat.Calls.Skip(before), call => call.Method is "edit" or "media");
        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("their secret picture", StringComparison.Ordinal) || text.Contains(theirs, StringComparison.Ordinal));
        Assert.Equal(orders, await HistoryKit.OrderCountAsync(bot, 2002));
        Assert.Equal(0, await HistoryKit.OrderCountAsync(bot));
        Assert.Equal(0L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates"));
    }
}
