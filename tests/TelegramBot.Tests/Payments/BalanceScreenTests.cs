using System.Text;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class BalanceScreenTests
{
    [Fact]
    public async Task The_balance_button_shows_balance_held_money_and_packs_with_their_money_and_bonus()
    {
        await using var bot = PaymentsKit.Create();
        await bot.FundAsync(25000);
        await bot.Ledger.ReserveAsync(BotHarness.UserId, "running-order", 3000);

        await bot.PressAsync(CallbackData.Balance);

        var screen = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains("Your balance: 220 ₽", screen.Text, StringComparison.Ordinal);
        Assert.Contains("Held for running orders: 30 ₽", screen.Text, StringComparison.Ordinal);
        var packs = screen.AllButtons.Where(button => button.Data!.StartsWith(CallbackData.TopUpPackPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(["topup:50", "topup:100", "topup:250", "topup:500", "topup:1000"], packs.Select(button => button.Data));
        Assert.Equal("⭐ 50 → 75 ₽", packs[0].Label);
        Assert.Equal("⭐ 100 → 157.50 ₽ (+5% bonus)", packs[1].Label);
        Assert.Equal("⭐ 1000 → 1800 ₽ (+20% bonus)", packs[4].Label);
        Assert.All(screen.AllButtons, button => Assert.InRange(Encoding.UTF8.GetByteCount(button.Data!), 1, CallbackData.MaxBytes));
        Assert.Contains(screen.AllButtons, button => button.Data == CallbackData.MainMenu);
    }

    [Theory]
    [InlineData("/balance")]
    [InlineData("/topup")]
    [InlineData("/start topup")]
    public async Task Commands_show_the_balance_without_a_held_line_when_nothing_is_held(string command)
    {
        await using var bot = PaymentsKit.Create();
        await bot.FundAsync(5000);

        await bot.SendTextAsync(command);

        var screen = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains("Your balance: 50 ₽", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Held", screen.Text, StringComparison.Ordinal);
        Assert.Equal(5, screen.AllButtons.Count(button => button.Data!.StartsWith(CallbackData.TopUpPackPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_top_up_button_of_the_insufficient_funds_screen_shows_the_packs()
    {
        await using var bot = PaymentsKit.Create();

        await bot.PressAsync(CallbackData.TopUp);

        var screen = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains("Your balance: 0 ₽", screen.Text, StringComparison.Ordinal);
        Assert.Contains(screen.AllButtons, button => button.Data == "topup:100");
    }

    [Fact]
    public async Task The_screen_speaks_russian_to_a_russian_user()
    {
        await using var bot = PaymentsKit.Create();
        await bot.FundAsync(1000);

        await bot.SendTextAsync("/balance", language: "ru");

        var screen = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains("Ваш баланс: 10 ₽", screen.Text, StringComparison.Ordinal);
        Assert.Contains(screen.AllButtons, button => button.Label == "⭐ 100 → 157.50 ₽ (бонус +5%)");
    }

    [Fact]
    public async Task In_demo_mode_no_packs_are_offered_unless_allowed_and_no_invoice_is_sent()
    {
        await using var bot = BotHarness.Create();

        await bot.SendTextAsync("/balance");
        await bot.PressAsync("topup:100");

        var screen = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains("Top-ups are off in demo mode", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(screen.AllButtons, button => button.Data!.StartsWith(CallbackData.TopUpPackPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Chat.Calls, call => call.Method == "invoice");
    }
}
