using System.Text;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class InvoiceTests
{
    [Fact]
    public async Task Pressing_a_pack_stores_an_open_invoice_and_sends_it()
    {
        await using var bot = PaymentsKit.Create();

        var invoice = await PaymentsKit.BuyAsync(bot, 100);

        Assert.Equal(100, invoice.Stars);
        Assert.Equal(PaymentsFeature.StartParameter, invoice.StartParameter);
        Assert.False(string.IsNullOrEmpty(invoice.StartParameter));
        Assert.Contains("157.50 ₽", invoice.Title, StringComparison.Ordinal);
        Assert.Contains("+5%", invoice.Description, StringComparison.Ordinal);
        var stored = await PaymentsKit.Get<InvoiceStore>(bot).FindAsync(invoice.Payload);
        Assert.NotNull(stored);
        Assert.Equal(BotHarness.UserId, stored.UserId);
        Assert.Equal(100, stored.Stars);
        Assert.Equal(PaymentsKit.Pack100Minor, stored.CreditMinor);
        Assert.Equal("RUB", stored.Currency);
        Assert.False(stored.IsPaid);
        Assert.Equal(bot.Clock.GetUtcNow(), stored.CreatedAt);
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromDays(1), stored.ExpiresAt);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Every_pack_invoice_keeps_within_telegram_limits_with_an_opaque_payload(string language)
    {
        // An absurd rate makes the amounts long enough that the Russian title must be cut to 32 characters.
        await using var bot = PaymentsKit.Create(new Dictionary<string, string?> { ["Stars:MoneyPerStar"] = "75000000000000.0123" });
        var payloads = new HashSet<string>();

        foreach (var stars in new[] { 50, 100, 250, 500, 1000 })
        {
            var invoice = await PaymentsKit.BuyAsync(bot, stars, language: language);

            Assert.Equal(stars, invoice.Stars);
            Assert.InRange(invoice.Title.Length, 1, 32);
            Assert.InRange(invoice.Description.Length, 1, 255);
            Assert.InRange(Encoding.UTF8.GetByteCount(invoice.Payload), 1, 128);
            // Opaque: 128 random bits and nothing else (a substring check for the user id would flake: "1001" is valid hex).
            Assert.Matches("^i_[0-9a-f]{32}$", invoice.Payload);
            Assert.True(payloads.Add(invoice.Payload), "each invoice gets its own payload");
        }
    }

    [Fact]
    public async Task A_pack_that_is_no_longer_offered_sends_no_invoice_and_shows_the_current_packs()
    {
        await using var bot = PaymentsKit.Create();

        await bot.PressAsync("topup:77");

        Assert.DoesNotContain(bot.Chat.Calls, call => call.Method == "invoice");
        var screen = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains("no longer offered", screen.Text, StringComparison.Ordinal);
        Assert.Contains(screen.AllButtons, button => button.Data == "topup:100");
    }
}
