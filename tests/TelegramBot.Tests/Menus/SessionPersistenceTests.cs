using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class SessionPersistenceTests
{
    [Fact]
    public async Task A_question_asked_before_a_restart_takes_its_answer_after_it()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "text-to-image");

        await bot.RestartAsync();
        await bot.SendTextAsync("a fox after the restart");

        Assert.Contains("• prompt*: a fox after the restart", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("a fox after the restart", (await MenuKit.SessionAsync(bot)).Parameters["prompt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Buttons_sent_before_a_restart_still_work_after_it()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "kling-2.6", "text-to-video");
        await bot.SendTextAsync("a cat surfing");
        var question = bot.Chat.FindMessageWithButton(BotHarness.UserId, MenuKit.Set("sound", "true"))!;

        await bot.RestartAsync();
        var pressed = await bot.PressAsync(MenuKit.Set("sound", "true"));

        Assert.Null(MenuKit.Answer(bot, pressed));
        Assert.Contains("Choose aspect_ratio:", bot.Chat.ScreenOf(question).Text, StringComparison.Ordinal);
        Assert.True((await MenuKit.SessionAsync(bot)).Parameters["sound"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_summary_shown_before_a_restart_can_be_confirmed_after_it()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        var confirm = await MenuKit.KlingSummaryAsync(bot);

        await bot.RestartAsync();
        await bot.PressAsync(confirm);
        await bot.RestartAsync();
        var again = await bot.PressAsync(confirm);

        Assert.Single(placer.Calls);
        Assert.Equal("Already confirmed: order ord1.", MenuKit.Answer(bot, again));
    }
}
