using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class CancelTests
{
    public static TheoryData<string> Steps => ["categories", "models", "modes", "question", "overview", "summary", "file"];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancel_works_at_every_step_and_forgets_the_whole_choice(string step)
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100_000);
        await GoToAsync(bot, step);

        await bot.SendTextAsync("/cancel");

        Assert.Contains("✖️ Cancelled. Nothing was charged.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains(CallbackData.Generate, MenuKit.Buttons(bot));
        var session = await MenuKit.SessionAsync(bot);
        Assert.Equal((null, null, null, null, null), (session.Model, session.Mode, session.Awaiting, session.DraftId, session.Category));
        Assert.Empty(session.Parameters);

        // What was awaited is no longer taken as input.
        await bot.SendTextAsync("a prompt after all");
        Assert.EndsWith("I don't know that command — see /help", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cancel_button_edits_the_menu_in_place()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "edit");
        var menu = bot.Chat.FindMessageWithButton(BotHarness.UserId, MenuCallbacks.Cancel)!;

        await bot.PressAsync(MenuCallbacks.Cancel);

        Assert.Contains("Cancelled", bot.Chat.ScreenOf(menu).Text, StringComparison.Ordinal);
        Assert.Null((await MenuKit.SessionAsync(bot)).Model);
    }

    [Fact]
    public async Task A_summary_cancelled_cannot_be_confirmed_afterwards()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        var confirm = await MenuKit.KlingSummaryAsync(bot);

        await bot.SendTextAsync("/cancel");
        var pressed = await bot.PressAsync(confirm);

        Assert.Equal(Localization.BotTexts.For(Localization.BotLanguage.En).MenuExpired, MenuKit.Answer(bot, pressed));
        Assert.Empty(placer.Calls);
    }

    private static async Task GoToAsync(BotHarness bot, string step)
    {
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        if (step == "categories")
        {
            return;
        }

        await bot.PressAsync("category:image");
        if (step == "models")
        {
            return;
        }

        await bot.PressAsync(MenuKit.Model("nano-banana"));
        if (step == "modes")
        {
            return;
        }

        await bot.PressAsync(MenuKit.Mode("nano-banana", step == "file" ? "edit" : "text-to-image"));
        if (step == "question")
        {
            Assert.Equal("prompt", (await MenuKit.SessionAsync(bot)).Awaiting);
            return;
        }

        await bot.SendTextAsync("a lighthouse at dusk");
        if (step == "file")
        {
            Assert.Equal("image_urls", (await MenuKit.SessionAsync(bot)).Awaiting);
            return;
        }

        if (step == "summary")
        {
            await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
            Assert.NotNull((await MenuKit.SessionAsync(bot)).DraftId);
        }
    }
}
