using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Conversation;

/// <summary>
/// A question a feature asked (a feedback text, a promo code) is forgotten when the user moves on to a button or
/// command that another feature handles, even one earlier in the chain: the next message is not taken as its answer.
/// </summary>
public sealed class OpenQuestionTests
{
    [Fact]
    public async Task A_feedback_question_left_for_the_balance_screen_does_not_swallow_the_next_message()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/feedback");
        Assert.Equal(1, await CountAsync(bot, "feedback_pending"));

        await bot.SendTextAsync("/balance");
        await bot.SendTextAsync("please make it bigger");

        Assert.Equal(0, await CountAsync(bot, "feedback_messages"));
        Assert.Equal(0, await CountAsync(bot, "feedback_pending"));
    }

    [Fact]
    public async Task A_promo_code_question_is_closed_by_a_newer_question_of_another_feature()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/balance");
        await bot.PressAsync(BonusCallbacks.EnterPromo);
        Assert.Equal(1, await CountAsync(bot, "bonus_prompts"));

        await bot.SendTextAsync("/feedback");
        await bot.SendTextAsync("SUMMER2030 was a great idea");

        Assert.Equal(0, await CountAsync(bot, "bonus_prompts"));
        Assert.Equal(1, await CountAsync(bot, "feedback_messages"));
        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("SUMMER2030", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feature_that_asked_keeps_its_question_when_its_own_button_is_pressed()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/balance");

        await bot.PressAsync(BonusCallbacks.EnterPromo);
        await bot.PressAsync(BonusCallbacks.EnterPromo);

        Assert.Equal(1, await CountAsync(bot, "bonus_prompts"));
    }

    [Fact]
    public async Task A_parameter_the_menus_wait_for_is_closed_when_the_user_moves_to_another_feature()
    {
        await using var bot = BotHarness.Create();
        await AskForThePromptAsync(bot);
        Assert.Equal("prompt", (await MenuKit.SessionAsync(bot)).Awaiting);

        await bot.SendTextAsync("/balance");
        await bot.SendTextAsync("how much is left?");

        var session = await MenuKit.SessionAsync(bot);
        Assert.Null(session.Awaiting);
        Assert.False(session.Parameters.ContainsKey("prompt"));
    }

    [Fact]
    public async Task The_menus_keep_their_question_while_the_user_stays_in_the_menus()
    {
        await using var bot = BotHarness.Create();
        await AskForThePromptAsync(bot);

        await bot.SendTextAsync("a lighthouse at dusk");

        Assert.Equal("a lighthouse at dusk", (await MenuKit.SessionAsync(bot)).Parameters["prompt"]!.GetValue<string>());
    }

    /// <summary>Generate → images → Nano Banana → text to image: the menus ask for the prompt.</summary>
    private static async Task AskForThePromptAsync(BotHarness bot)
    {
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        await bot.PressAsync("category:image");
        await bot.PressAsync(MenuKit.Model("nano-banana"));
        await bot.PressAsync(MenuKit.Mode("nano-banana", "text-to-image"));
    }

    private static Task<long> CountAsync(BotHarness bot, string table) =>
        bot.Services.GetRequiredService<BotDatabase>().ReadAsync(connection => connection.ScalarAsync<long>($"SELECT COUNT(*) FROM {table}", null));
}
