using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class RefundTests
{
    [Fact]
    public async Task A_refund_takes_the_top_up_back_once_and_the_books_stay_at_zero()
    {
        await using var bot = PaymentsKit.Create();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");

        await bot.HandleAsync(PaymentsKit.Refund(BotHarness.UserId, "charge-1", 100));
        var messages = bot.Chat.TextsIn(BotHarness.UserId).Count;
        await bot.HandleAsync(PaymentsKit.Refund(BotHarness.UserId, "charge-1", 100));

        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.True(await bot.Ledger.ExistsAsync("refund:charge-1"));
        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Refunds));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
        Assert.Equal(messages, bot.Chat.TextsIn(BotHarness.UserId).Count);
        Assert.Contains("was refunded; 157.50 ₽ was taken off", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_was_spent_is_recorded_as_unreversed_and_the_balance_never_goes_negative()
    {
        await using var bot = PaymentsKit.Create();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        await bot.Ledger.ReserveAsync(BotHarness.UserId, "order-1", 10000);
        await bot.Ledger.CaptureAsync(BotHarness.UserId, "order-1", 10000);

        await bot.HandleAsync(PaymentsKit.Refund(BotHarness.UserId, "charge-1", 100));

        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var refund = await PaymentsKit.Get<PaymentRecords>(bot).FindRefundAsync("charge-1");
        Assert.Equal(5750, refund!.ReversedMinor);
        Assert.Equal(10000, refund.UnreversedMinor);
        Assert.NotNull(refund.Note);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_refund_that_arrives_before_its_payment_stops_the_payment_from_being_credited()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);

        await bot.HandleAsync(PaymentsKit.Refund(BotHarness.UserId, "charge-late", 100));
        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, invoice.Payload, 100, "charge-late"));

        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.False(await bot.Ledger.ExistsAsync("stars:charge-late"));
        var record = await PaymentsKit.Get<PaymentRecords>(bot).FindPaymentAsync("charge-late");
        Assert.True(record!.NeedsAttention);
        Assert.Contains("refunded before it was credited", record.Note, StringComparison.Ordinal);
    }
}
