using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Menus;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.History;

public sealed class HistoryActionsTests
{
    [Fact]
    public async Task Resend_uses_the_stored_file_id()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await HistoryKit.FinishedOrderAsync(bot, "a quiet harbour");
        var stored = (await OrderKit.ResultsAsync(bot, orderId)).Select(file => file.FileId).ToArray();
        Assert.All(stored, Assert.NotNull);
        var before = bot.Chat.MediaIn(BotHarness.UserId).Count;

        var callback = await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Resend, orderId));

        Assert.Equal("Sending the results again…", HistoryKit.Answer(bot, callback));
        var resent = bot.Chat.MediaIn(BotHarness.UserId).Skip(before).Single();
        Assert.Equal(stored, resent.Media.Select(item => Assert.IsType<MediaSource.Stored>(item.Source).FileId));
        Assert.Contains(orderId, resent.Media[0].Caption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_falls_back_to_the_url_when_the_platform_forgot_the_file()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await HistoryKit.FinishedOrderAsync(bot, "a quiet harbour");
        var results = await OrderKit.ResultsAsync(bot, orderId);
        bot.Chat.FailWhen(call => call.Method == "media" && call.Media.Any(item => item.Source is MediaSource.Stored)
            ? new ChatGatewayException(ChatFailure.BadRequest, "Bad Request: wrong file identifier")
            : null);

        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Resend, orderId));

        // A fresh copy: the archived file when the archive has one, else the result URL; never the refused file id.
        var resent = bot.Chat.MediaIn(BotHarness.UserId).Last();
        Assert.Equal(results.Count, resent.Media.Count);
        Assert.All(resent.Media, item => Assert.True(item.Source is MediaSource.Upload or MediaSource.FromUrl, item.Source.GetType().Name));
        Assert.All(resent.Media.Select(item => item.Source).OfType<MediaSource.FromUrl>(), source => Assert.Contains(results, file => file.Url == source.Url));
    }

    [Fact]
    public async Task Repeat_shows_a_fresh_quote_and_confirm_creates_a_new_order()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var price = OrderKit.Price(bot);
        var first = await HistoryKit.FinishedOrderAsync(bot, "a castle on a hill");
        Assert.Equal(10_000 - price, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));

        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Repeat, first));

        var summary = HistoryKit.Last(bot).Text;
        Assert.Contains("Check your order", summary, StringComparison.Ordinal);
        Assert.Contains("Price: 8", summary, StringComparison.Ordinal);
        Assert.Equal(1, await HistoryKit.OrderCountAsync(bot));
        Assert.Equal(10_000 - price, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));

        await bot.PressAsync(HistoryKit.ConfirmData(bot));

        var second = await HistoryKit.NewestOrderAsync(bot);
        Assert.NotEqual(first, second.Id);
        Assert.Equal(2, await HistoryKit.OrderCountAsync(bot));
        Assert.Contains("a castle on a hill", second.InputJson, StringComparison.Ordinal);
        await HistoryKit.EndedAsync(bot, second.Id);
        Assert.Equal(10_000 - (2 * price), await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task New_prompt_keeps_the_settings_and_goes_to_the_summary()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var request = OrderKit.Request(bot, OrderKit.ImageModel, OrderKit.ImageMode, new Kie.Sdk.KieInput().Set("prompt", "an old prompt").Set("image_size", "16:9"));
        var first = Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, request)).OrderId;
        await HistoryKit.EndedAsync(bot, first);

        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.NewPrompt, first));
        Assert.Contains("Send the new prompt", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("an old prompt", HistoryKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("a brand new prompt");

        Assert.Contains("Check your order", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        var session = await MenuKit.SessionAsync(bot);
        Assert.Equal("a brand new prompt", session.Parameters["prompt"]!.GetValue<string>());
        Assert.Equal("16:9", session.Parameters["image_size"]!.GetValue<string>());

        await bot.PressAsync(HistoryKit.ConfirmData(bot));
        var second = await HistoryKit.NewestOrderAsync(bot);
        Assert.NotEqual(first, second.Id);
        Assert.Contains("a brand new prompt", second.InputJson, StringComparison.Ordinal);
        Assert.Contains("16:9", second.InputJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_prompt_refuses_an_invalid_prompt_and_asks_again()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var first = await OrderKit.PlaceNewAsync(bot, "short");

        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.NewPrompt, first));
        await bot.SendTextAsync(new string('x', 5001));

        Assert.Contains("prompt", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("send prompt again", HistoryKit.Last(bot).Text, StringComparison.OrdinalIgnoreCase);

        await bot.SendTextAsync("a fine prompt");
        Assert.Contains("Check your order", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_closes_the_prompt_question()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var first = await OrderKit.PlaceNewAsync(bot, "short");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.NewPrompt, first));

        await bot.SendTextAsync("/cancel");
        await bot.SendTextAsync("not a prompt any more");

        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("Check your order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_opens_the_parameter_screens_with_the_orders_values()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var request = OrderKit.Request(bot, OrderKit.ImageModel, OrderKit.ImageMode, new Kie.Sdk.KieInput().Set("prompt", "a teapot").Set("image_size", "4:3"));
        var first = Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, request)).OrderId;

        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Edit, first));

        var overview = HistoryKit.Last(bot);
        Assert.Contains("prompt*: a teapot", overview.Text, StringComparison.Ordinal);
        Assert.Contains("image_size: 4:3", overview.Text, StringComparison.Ordinal);
        Assert.Contains(MenuCallbacks.ShowPriceConfirmation, HistoryKit.Buttons(bot));

        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        Assert.Contains("Check your order", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(1, await HistoryKit.OrderCountAsync(bot));
    }
}
