using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.History;

public sealed class HistoryListTests
{
    [Fact]
    public async Task History_pages_through_many_orders_newest_first()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(100_000);
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await OrderKit.PlaceNewAsync(bot, $"picture number {i}"));
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var newestFirst = Enumerable.Reverse(ids).ToArray();
        await bot.SendTextAsync("/history");

        Assert.Contains("page 1 of 3", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(newestFirst[..5].Select(HistoryKit.Card), OrderCards(bot));
        Assert.DoesNotContain(HistoryKit.Buttons(bot), data => data == HistoryCallbacks.ForOrder(HistoryCallbacks.Page, newestFirst[0]));

        await bot.PressButtonAsync("Next");
        Assert.Contains("page 2 of 3", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(newestFirst[5..10].Select(HistoryKit.Card), OrderCards(bot));

        await bot.PressButtonAsync("Next");
        Assert.Contains("page 3 of 3", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(newestFirst[10..].Select(HistoryKit.Card), OrderCards(bot));
        Assert.Null(bot.Chat.FindButton(BotHarness.UserId, "Next"));

        await bot.PressButtonAsync("Previous");
        Assert.Equal(newestFirst[5..10].Select(HistoryKit.Card), OrderCards(bot));
        await bot.PressButtonAsync("Previous");
        Assert.Equal(newestFirst[..5].Select(HistoryKit.Card), OrderCards(bot));
        Assert.Null(bot.Chat.FindButton(BotHarness.UserId, "Previous"));
    }

    [Fact]
    public async Task The_main_menus_history_button_opens_the_list()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a lighthouse");
        await bot.SendTextAsync("/start");

        await bot.PressAsync(CallbackData.History);

        Assert.Contains(orderId, HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains(HistoryKit.Card(orderId), OrderCards(bot));
    }

    [Fact]
    public async Task An_empty_history_says_so_and_offers_to_start()
    {
        await using var bot = HistoryKit.Create();

        await bot.SendTextAsync("/history");

        Assert.Contains("No generations yet", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains(CallbackData.Generate, HistoryKit.Buttons(bot));
        Assert.Contains(CallbackData.Templates, HistoryKit.Buttons(bot));
    }

    [Fact]
    public async Task A_page_cursor_from_someone_elses_order_is_refused()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000, userId: 2002);
        var theirs = await OrderKit.PlaceNewAsync(bot, "their picture", userId: 2002);
        var shown = HistoryKit.ShownCount(bot);

        var callback = await bot.PressAsync(HistoryCallbacks.ForOrder(HistoryCallbacks.Page, theirs));

        Assert.Equal(shown, HistoryKit.ShownCount(bot));
        Assert.Equal("This menu has expired. Send /start to open a fresh one.", HistoryKit.Answer(bot, callback));
    }

    [Fact]
    public async Task Users_only_see_their_own_orders()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        await bot.FundAsync(10_000, userId: 2002);
        var mine = await OrderKit.PlaceNewAsync(bot, "mine");
        var theirs = await OrderKit.PlaceNewAsync(bot, "theirs", userId: 2002);

        await bot.SendTextAsync("/history");

        Assert.Equal([HistoryKit.Card(mine)], OrderCards(bot));
        Assert.DoesNotContain(theirs, HistoryKit.Last(bot).Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> OrderCards(BotHarness bot) =>
        HistoryKit.Buttons(bot)
            .Where(data => data.StartsWith(CallbackData.HistoryPrefix + HistoryCallbacks.Open + ":", StringComparison.Ordinal))
            .Select(data => string.Join(':', data.Split(':')[..3]))
            .ToArray();
}
