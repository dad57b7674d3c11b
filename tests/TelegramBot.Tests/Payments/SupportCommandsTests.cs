using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class SupportCommandsTests
{
    [Theory]
    [InlineData("en", "Help with payments", "refunded in Stars on request")]
    [InlineData("ru", "Помощь с оплатой", "возвращается звёздами по запросу")]
    public async Task Paysupport_explains_how_to_get_help_and_refunds(string language, string title, string refunds)
    {
        await using var bot = PaymentsKit.Create(new Dictionary<string, string?> { ["Stars:SupportContact"] = "@kie_help" });

        await bot.SendTextAsync("/paysupport", language: language);

        var text = bot.Chat.TextsIn(BotHarness.UserId)[^1];
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(refunds, text, StringComparison.Ordinal);
        Assert.Contains("@kie_help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paysupport_lists_the_users_recent_payments_with_their_ids()
    {
        await using var bot = PaymentsKit.Create();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-abc");

        await bot.SendTextAsync("/paysupport");

        var text = bot.Chat.TextsIn(BotHarness.UserId)[^1];
        Assert.Contains("Your recent payments:", text, StringComparison.Ordinal);
        Assert.Contains("• 2030-01-01: 100 ⭐ → 157.50 ₽ (id charge-abc)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Telegram id", "payments", "do not sell", "deleted")]
    [InlineData("ru", "Telegram id", "платежи", "не продаём", "удалить")]
    public async Task Privacy_says_what_is_stored_that_nothing_is_sold_and_how_to_delete_it(string language, string id, string payments, string notSold, string deletion)
    {
        await using var bot = PaymentsKit.Create();

        await bot.SendTextAsync("/privacy", language: language);

        var text = bot.Chat.TextsIn(BotHarness.UserId)[^1];
        Assert.Contains(id, text, StringComparison.Ordinal);
        Assert.Contains(payments, text, StringComparison.Ordinal);
        Assert.Contains(notSold, text, StringComparison.Ordinal);
        Assert.Contains(deletion, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commands_work_with_the_bots_name_attached()
    {
        await using var bot = PaymentsKit.Create();

        await bot.SendTextAsync("/privacy@KieSampleBot");

        Assert.Contains("Privacy", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
    }
}
