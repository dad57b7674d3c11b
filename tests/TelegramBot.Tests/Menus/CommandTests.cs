using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class CommandTests
{
    private const string Unknown = "I don't know that command — see /help";

    [Fact]
    public async Task Start_shows_the_main_menu_with_generate_balance_history_templates_and_help()
    {
        await using var bot = BotHarness.Create();

        await bot.SendTextAsync("/start");

        var screen = MenuKit.Last(bot);
        Assert.Contains("Welcome, Test!", screen.Text, StringComparison.Ordinal);
        Assert.Equal([CallbackData.Generate, CallbackData.Balance, CallbackData.History, CallbackData.Templates, CallbackData.Help], MenuKit.Buttons(bot));
    }

    [Fact]
    public async Task Start_with_an_unknown_payload_still_shows_the_main_menu()
    {
        await using var bot = BotHarness.Create();

        await bot.SendTextAsync("/start ref_abc");
        await bot.SendTextAsync("/start@KieBot whatever");

        Assert.All(bot.Chat.TextsIn(BotHarness.UserId), text => Assert.Contains("Welcome", text, StringComparison.Ordinal));
        Assert.Equal(2, bot.Chat.TextsIn(BotHarness.UserId).Count);
    }

    [Fact]
    public async Task Help_command_and_help_button_explain_the_commands()
    {
        await using var bot = BotHarness.Create();

        await bot.SendTextAsync("/help");
        Assert.Contains("/cancel", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("/start");
        var pressed = await bot.PressAsync(CallbackData.Help);
        Assert.Contains("/language", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Null(MenuKit.Answer(bot, pressed));
    }

    [Fact]
    public async Task History_without_generations_says_so_and_leads_back_to_the_menu()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/start");

        await bot.PressAsync(CallbackData.History);

        Assert.Contains("No generations yet", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains(CallbackData.Generate, MenuKit.Buttons(bot));
        Assert.Contains(CallbackData.MainMenu, MenuKit.Buttons(bot));
    }

    [Theory]
    [InlineData("/frobnicate")]
    [InlineData("hello there")]
    [InlineData("/stats")]
    [InlineData("/adjust 1001 500 gift")]
    [InlineData("/refund 1001 charge")]
    [InlineData("/users")]
    public async Task Unknown_commands_admin_commands_of_non_admins_and_stray_text_get_one_neutral_reply(string text)
    {
        await using var bot = BotHarness.Create();

        await bot.SendTextAsync(text);

        var replies = bot.Chat.TextsIn(BotHarness.UserId);
        Assert.Single(replies);
        Assert.EndsWith(Unknown, replies[0], StringComparison.Ordinal);
        Assert.Empty(MenuKit.Last(bot).Buttons);
    }
}
