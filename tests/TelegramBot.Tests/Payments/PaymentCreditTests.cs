using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class PaymentCreditTests
{
    private const long Friend = 3003;

    [Fact]
    public async Task A_payment_is_credited_the_invoice_marked_paid_and_the_payer_told()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);

        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-1"));

        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.True(await bot.Ledger.ExistsAsync("stars:charge-1"));
        var stored = await PaymentsKit.Get<InvoiceStore>(bot).FindAsync(invoice.Payload);
        Assert.True(stored!.IsPaid);
        Assert.Equal("charge-1", stored.ChargeId);
        var record = await PaymentsKit.Get<PaymentRecords>(bot).FindPaymentAsync("charge-1");
        Assert.Equal("provider-charge-1", record!.ProviderChargeId);
        Assert.Equal(invoice.Payload, record.InvoiceId);
        Assert.False(record.NeedsAttention);
        var told = bot.Chat.TextsIn(BotHarness.UserId)[^1];
        Assert.Contains("Payment received: 100 ⭐", told, StringComparison.Ordinal);
        Assert.Contains("157.50 ₽", told, StringComparison.Ordinal);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_replayed_update_changes_nothing()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);
        var payment = PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-1");
        await bot.HandleAsync(payment);
        var messages = bot.Chat.TextsIn(BotHarness.UserId).Count;

        await bot.HandleAsync(payment);

        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(messages, bot.Chat.TextsIn(BotHarness.UserId).Count);
    }

    [Fact]
    public async Task The_same_charge_in_another_update_changes_nothing_and_sends_nothing()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);
        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-1"));
        var messages = bot.Chat.TextsIn(BotHarness.UserId).Count;

        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-1"));
        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, "i_other", 100, "charge-1"));

        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(messages, bot.Chat.TextsIn(BotHarness.UserId).Count);
        Assert.Single(await PaymentsKit.TransfersAsync(bot, BotHarness.UserId), transfer => transfer.Kind == "topup");
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Parallel_deliveries_of_one_charge_credit_it_once()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 500);
        var messagesBefore = bot.Chat.TextsIn(BotHarness.UserId).Count;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 500, "charge-race")))));

        Assert.Equal(86250, await bot.Ledger.GetAvailableAsync(BotHarness.UserId)); // 500 × 1.5 ₽ + 15 %
        Assert.Equal(messagesBefore + 1, bot.Chat.TextsIn(BotHarness.UserId).Count);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_payment_with_an_unknown_payload_is_credited_at_the_base_rate_and_flagged()
    {
        await using var bot = PaymentsKit.Create();

        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, "i_lost-invoice", 100, "charge-lost"));

        Assert.Equal(15000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId)); // 100 × 1.5 ₽, no bonus
        var record = await PaymentsKit.Get<PaymentRecords>(bot).FindPaymentAsync("charge-lost");
        Assert.True(record!.NeedsAttention);
        Assert.Contains("unknown invoice payload", record.Note, StringComparison.Ordinal);
        Assert.Null(record.InvoiceId);
        Assert.Contains(await PaymentsKit.Get<PaymentRecords>(bot).NeedingAttentionAsync(10), flagged => flagged.ChargeId == "charge-lost");
        Assert.Contains("150 ₽", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_paying_another_users_invoice_is_credited_themselves_and_the_case_recorded()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);

        await bot.HandleAsync(PaymentsKit.Payment(Friend, invoice.Payload, 100, "charge-friend"));

        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(Friend));
        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var record = await PaymentsKit.Get<PaymentRecords>(bot).FindPaymentAsync("charge-friend");
        Assert.Equal(Friend, record!.PayerId);
        Assert.True(record.NeedsAttention);
        Assert.Contains($"paid by user {Friend} for the invoice of user {BotHarness.UserId}", record.Note, StringComparison.Ordinal);
        Assert.True((await PaymentsKit.Get<InvoiceStore>(bot).FindAsync(invoice.Payload))!.IsPaid);
        Assert.Contains("Payment received", bot.Chat.TextsIn(Friend)[^1], StringComparison.Ordinal);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_payment_in_another_currency_is_recorded_for_an_admin_not_credited()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);

        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-usd", currency: "USD"));
        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-usd", currency: "USD"));

        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var record = await PaymentsKit.Get<PaymentRecords>(bot).FindPaymentAsync("charge-usd");
        Assert.Equal(0, record!.CreditedMinor);
        Assert.True(record.NeedsAttention);
        Assert.Single(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("could not add it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Several_top_ups_and_spending_keep_the_books_at_zero()
    {
        await using var bot = PaymentsKit.Create();
        await PaymentsKit.BuyAndPayAsync(bot, 50, "c1");
        await PaymentsKit.BuyAndPayAsync(bot, 1000, "c2");
        await bot.Ledger.ReserveAsync(BotHarness.UserId, "order-1", 5000);
        await bot.Ledger.CaptureAsync(BotHarness.UserId, "order-1", 5000);

        Assert.Equal(7500 + 180000 - 5000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(-(7500 + 180000), await bot.Ledger.GetBalanceAsync(LedgerAccounts.StarsReceived));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }
}
