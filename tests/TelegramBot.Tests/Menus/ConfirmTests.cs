using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class ConfirmTests
{
    private static readonly string Expired = BotTexts.For(BotLanguage.En).MenuExpired;

    [Fact]
    public async Task Confirm_places_the_order_with_the_quote_shown_and_turns_the_summary_into_its_receipt()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        await MenuKit.KlingSummaryAsync(bot);
        var summary = bot.Chat.FindMessageWithButton(BotHarness.UserId, MenuCallbacks.Parameters)!;
        var draftId = (await MenuKit.SessionAsync(bot)).DraftId!;

        await bot.PressAsync(MenuCallbacks.Confirm(draftId));

        var request = Assert.Single(placer.Calls);
        Assert.Equal((draftId, BotHarness.UserId, BotHarness.UserId), (request.DraftId, request.UserId, request.ChatId));
        Assert.Equal(44_000, request.Quote.TotalMinorUnits);
        Assert.Equal("kling-2.6/text-to-video", request.Input.ApiModel);
        Assert.True(request.Input.IsValid);
        Assert.True(request.Input.CreateInput().TryGetValue("prompt", out var prompt));
        Assert.Equal("a cat surfing", prompt!.GetValue<string>());

        var receipt = bot.Chat.ScreenOf(summary);
        Assert.Contains("Order ord1 confirmed", receipt.Text, StringComparison.Ordinal);
        Assert.Empty(receipt.Buttons);
    }

    [Fact]
    public async Task A_double_tapped_confirm_places_once_and_the_second_tap_only_hears_about_it()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        var confirm = await MenuKit.KlingSummaryAsync(bot);
        var sentBefore = bot.Chat.Calls.Count(call => call.Method is "send" or "edit");

        await bot.PressAsync(confirm);
        var second = await bot.PressAsync(confirm);

        Assert.Single(placer.Calls);
        Assert.Equal("Already confirmed: order ord1.", MenuKit.Answer(bot, second));
        Assert.Equal(sentBefore + 1, bot.Chat.Calls.Count(call => call.Method is "send" or "edit"));
    }

    [Fact]
    public async Task Taps_arriving_at_the_same_time_still_place_once()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        var confirm = await MenuKit.KlingSummaryAsync(bot);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => bot.PressAsync(confirm))));

        Assert.Single(placer.Calls);
        Assert.Single(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("confirmed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_short_balance_shows_price_balance_and_top_up_and_nothing_reaches_kie()
    {
        var placer = new FakeOrderPlacer { Balance = 1_000 };
        await using var bot = MenuKit.WithPlacer(placer);
        var confirm = await MenuKit.KlingSummaryAsync(bot);

        await bot.PressAsync(confirm);

        var screen = MenuKit.Last(bot);
        Assert.Contains("Not enough money for this order", screen.Text, StringComparison.Ordinal);
        Assert.Contains("Price: 440 ₽", screen.Text, StringComparison.Ordinal);
        Assert.Contains("Balance: 10 ₽", screen.Text, StringComparison.Ordinal);
        Assert.Contains("Top up at least 430 ₽", screen.Text, StringComparison.Ordinal);
        Assert.Contains(CallbackData.TopUp, MenuKit.Buttons(bot));
        Assert.DoesNotContain(MenuKit.Buttons(bot), data => data.StartsWith("confirm:", StringComparison.Ordinal));
        Assert.Equal(0, bot.Simulator!.CountRequests("createTask"));
        Assert.Null((await MenuKit.SessionAsync(bot)).PlacedOrderId);
    }

    [Fact]
    public async Task Only_the_latest_summary_can_be_confirmed()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        await MenuKit.KlingSummaryAsync(bot);
        var first = (await MenuKit.SessionAsync(bot)).DraftId!;
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);

        var stale = await bot.PressAsync(MenuCallbacks.Confirm(first));
        var forged = await bot.PressAsync(MenuCallbacks.Confirm("aaaaaaaaaaaaaaaa"));

        Assert.Equal(Expired, MenuKit.Answer(bot, stale));
        Assert.Equal(Expired, MenuKit.Answer(bot, forged));
        Assert.Empty(placer.Calls);
    }

    [Fact]
    public async Task A_price_that_changed_since_the_summary_is_shown_again_instead_of_charged()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        await MenuKit.KlingSummaryAsync(bot);
        var store = bot.Services.GetRequiredService<MenuSessionStore>();
        var session = await MenuKit.SessionAsync(bot);
        var draftId = session.DraftId!;
        session.QuotedMinorUnits = 1;
        await store.SaveAsync(BotHarness.UserId, session, CancellationToken.None);

        var pressed = await bot.PressAsync(MenuCallbacks.Confirm(draftId));

        Assert.Equal("The price has changed — please check it again.", MenuKit.Answer(bot, pressed));
        Assert.Empty(placer.Calls);
        Assert.NotEqual(draftId, (await MenuKit.SessionAsync(bot)).DraftId);
        Assert.Contains("Price: 440 ₽", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }
}
