using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class PreCheckoutTests
{
    private const long Stranger = 2002;

    [Fact]
    public async Task A_matching_checkout_is_accepted()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);
        var query = PaymentsKit.PreCheckout(BotHarness.UserId, invoice.Payload, 100);

        await bot.HandleAsync(query);

        Assert.Null(PaymentsKit.CheckoutAnswer(bot, query.QueryId));
    }

    public static TheoryData<string> Refusals => ["unknown payload", "other payer", "wrong amount", "wrong currency", "already paid", "expired"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_checkout_that_does_not_match_its_invoice_is_refused_with_a_reason(string problem)
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);
        var texts = BotTexts.For(BotLanguage.En);
        var (payer, payload, amount, currency, expected) = problem switch
        {
            "unknown payload" => (BotHarness.UserId, "i_0123456789abcdef", 100L, "XTR", texts.CheckoutUnknownInvoice),
            "other payer" => (Stranger, invoice.Payload, 100L, "XTR", texts.CheckoutNotYours),
            "wrong amount" => (BotHarness.UserId, invoice.Payload, 99L, "XTR", texts.CheckoutWrongAmount),
            "wrong currency" => (BotHarness.UserId, invoice.Payload, 100L, "USD", texts.CheckoutWrongCurrency),
            "already paid" => (BotHarness.UserId, invoice.Payload, 100L, "XTR", texts.CheckoutAlreadyPaid),
            _ => (BotHarness.UserId, invoice.Payload, 100L, "XTR", texts.CheckoutExpired),
        };
        if (problem == "already paid")
        {
            await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-paid"));
        }

        if (problem == "expired")
        {
            bot.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        }

        var query = PaymentsKit.PreCheckout(payer, payload, amount, currency);
        await bot.HandleAsync(query);

        Assert.Equal(expected, PaymentsKit.CheckoutAnswer(bot, query.QueryId));
    }

    [Fact]
    public async Task Just_before_expiry_the_checkout_is_still_accepted()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 250);
        bot.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        var query = PaymentsKit.PreCheckout(BotHarness.UserId, invoice.Payload, 250);

        await bot.HandleAsync(query);

        Assert.Null(PaymentsKit.CheckoutAnswer(bot, query.QueryId));
    }

    [Fact]
    public async Task The_reason_is_in_the_payers_language()
    {
        await using var bot = PaymentsKit.Create();
        var query = PaymentsKit.PreCheckout(BotHarness.UserId, "i_not-ours", 100, language: "ru");

        await bot.HandleAsync(query);

        Assert.Equal(BotTexts.For(BotLanguage.Ru).CheckoutUnknownInvoice, PaymentsKit.CheckoutAnswer(bot, query.QueryId));
    }

    [Fact]
    public async Task In_demo_mode_without_permission_every_checkout_is_refused()
    {
        await using var bot = BotHarness.Create();
        var query = PaymentsKit.PreCheckout(BotHarness.UserId, "i_anything", 100);

        await bot.HandleAsync(query);

        Assert.Equal(BotTexts.For(BotLanguage.En).CheckoutUnavailable, PaymentsKit.CheckoutAnswer(bot, query.QueryId));
    }
}
