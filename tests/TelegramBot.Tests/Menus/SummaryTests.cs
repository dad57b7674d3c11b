using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class SummaryTests
{
    [Fact]
    public async Task The_summary_shows_every_setting_the_credits_the_price_its_breakdown_and_the_balance_after()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100_000);
        await KlingAsync(bot);
        var prices = bot.Services.GetRequiredService<PriceCalculator>();

        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);

        var text = MenuKit.Last(bot).Text;
        Assert.Contains("Check your order", text, StringComparison.Ordinal);
        Assert.Contains("Kling 2.6 · Text to video", text, StringComparison.Ordinal);
        Assert.Contains("• prompt: a cat surfing", text, StringComparison.Ordinal);
        Assert.Contains("• sound: Yes", text, StringComparison.Ordinal);
        Assert.Contains("• duration: 10", text, StringComparison.Ordinal);

        // 220 credits × 1 ₽ × markup 2 = 440 ₽ against a balance of 1000 ₽.
        Assert.Contains($"Price: {prices.FormatMinorUnits(44_000)} (220 credits)", text, StringComparison.Ordinal);
        Assert.Contains("220 credits × 1 ₽ × 2 = 440 ₽", text, StringComparison.Ordinal);
        Assert.Contains($"Balance: {prices.FormatMinorUnits(100_000)} → after the order: {prices.FormatMinorUnits(56_000)}", text, StringComparison.Ordinal);

        var session = await MenuKit.SessionAsync(bot);
        Assert.NotNull(session.DraftId);
        Assert.Equal(44_000, session.QuotedMinorUnits);
        Assert.Equal([MenuCallbacks.Confirm(session.DraftId!), MenuCallbacks.Parameters, MenuCallbacks.Cancel], MenuKit.Buttons(bot));
    }

    [Fact]
    public async Task A_short_balance_is_named_on_the_summary_with_a_top_up_button()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(10_000);
        await KlingAsync(bot);

        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);

        Assert.Contains("Not enough money: 340 ₽ more is needed", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains(CallbackData.TopUp, MenuKit.Buttons(bot));
    }

    [Fact]
    public async Task Speed_tiers_are_priced_side_by_side_and_a_tier_button_switches_and_requotes()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100_000);
        await MenuKit.OpenAsync(bot, "imagen-4", "text-to-image");
        await bot.SendTextAsync("a snowy owl");
        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);

        var text = MenuKit.Last(bot).Text;
        Assert.Contains("Speed options:", text, StringComparison.Ordinal);
        Assert.Contains("✅ Standard — 24 ₽", text, StringComparison.Ordinal);
        Assert.Contains("• Fast — 8 ₽", text, StringComparison.Ordinal);
        Assert.Contains("• Ultra — 24 ₽", text, StringComparison.Ordinal);
        var firstDraft = (await MenuKit.SessionAsync(bot)).DraftId;

        await bot.PressButtonAsync("Fast");

        var session = await MenuKit.SessionAsync(bot);
        Assert.Equal("text-to-image-fast", session.Mode);
        Assert.Equal("a snowy owl", session.Parameters["prompt"]!.GetValue<string>());
        Assert.NotEqual(firstDraft, session.DraftId);
        Assert.Contains("✅ Fast — 8 ₽", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("Price: 8 ₽ (4 credits)", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_without_a_known_price_cannot_be_confirmed()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100_000);
        await MenuKit.OpenAsync(bot, "gpt-image-2", "text-to-image");
        await bot.SendTextAsync("a glass city");
        await bot.PressAsync(MenuKit.Param("resolution"));
        await bot.PressAsync(MenuKit.Set("resolution", "2K"));

        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);

        Assert.Contains("can't be ordered with these settings", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(MenuKit.Buttons(bot), data => data.StartsWith("confirm:", StringComparison.Ordinal));
        Assert.Contains(MenuCallbacks.Parameters, MenuKit.Buttons(bot));
        Assert.Null((await MenuKit.SessionAsync(bot)).DraftId);
    }

    [Fact]
    public async Task A_tier_that_must_be_chosen_for_a_price_is_offered_when_none_is()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100_000);
        await MenuKit.OpenAsync(bot, "ideogram-v3", "text-to-image");
        await bot.SendTextAsync("a poster of a robot");

        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        Assert.Contains("can't be ordered", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressButtonAsync("Turbo");

        Assert.Contains("Price: 7 ₽ (3.5 credits)", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("TURBO", (await MenuKit.SessionAsync(bot)).Parameters["rendering_speed"]!.GetValue<string>());
        Assert.Contains(MenuKit.Buttons(bot), data => data.StartsWith("confirm:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_price_button_asks_for_a_missing_required_value_first()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "text-to-image");
        await bot.PressButtonAsync("Back");

        var pressed = await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);

        Assert.Equal("Set prompt first.", MenuKit.Answer(bot, pressed));
        Assert.Contains("Send prompt as a message.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("prompt", (await MenuKit.SessionAsync(bot)).Awaiting);
    }

    [Fact]
    public async Task Edit_returns_from_the_summary_to_the_parameters_and_its_confirm_then_expires()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100_000);
        await KlingAsync(bot);
        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        var confirm = MenuKit.Buttons(bot)[0];

        await bot.PressButtonAsync("Edit");
        Assert.Contains("Price and confirm", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.PressAsync(MenuKit.Param("duration"));
        await bot.PressAsync(MenuKit.Set("duration", "5"));

        var pressed = await bot.PressAsync(confirm);
        Assert.Equal(Localization.BotTexts.For(Localization.BotLanguage.En).MenuExpired, MenuKit.Answer(bot, pressed));
    }

    internal static async Task KlingAsync(BotHarness bot)
    {
        await MenuKit.OpenAsync(bot, "kling-2.6", "text-to-video");
        await bot.SendTextAsync("a cat surfing");
        await bot.PressAsync(MenuKit.Set("sound", "true"));
        await bot.PressAsync(MenuKit.Set("aspect_ratio", "16:9"));
        await bot.PressAsync(MenuKit.Set("duration", "10"));
    }
}
