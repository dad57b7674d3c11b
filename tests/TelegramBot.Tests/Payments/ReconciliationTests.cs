using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class ReconciliationTests
{
    [Fact]
    public async Task Start_up_credits_a_missed_payment_once_and_a_second_start_does_nothing()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAsync(bot, 100);
        bot.Chat.StarPayments.Add(new StarPayment("charge-missed", BotHarness.UserId, 100, invoice.Payload, bot.Clock.GetUtcNow()));

        await bot.StartAsync();
        var first = await PaymentsKit.Reconciliation(bot).Completion;

        Assert.Equal(new ReconciliationReport(1, 1, 0, 0, false), first);
        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.True((await PaymentsKit.Get<InvoiceStore>(bot).FindAsync(invoice.Payload))!.IsPaid);
        Assert.Equal("reconciliation", (await PaymentsKit.Get<PaymentRecords>(bot).FindPaymentAsync("charge-missed"))!.Source);
        Assert.Contains("Payment received: 100 ⭐", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
        var messages = bot.Chat.TextsIn(BotHarness.UserId).Count;

        await bot.RestartAsync();
        var second = await PaymentsKit.Reconciliation(bot).Completion;

        Assert.Equal(new ReconciliationReport(1, 0, 1, 0, false), second);
        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(messages, bot.Chat.TextsIn(BotHarness.UserId).Count);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_payment_credited_from_its_update_is_not_credited_again()
    {
        await using var bot = PaymentsKit.Create();
        var invoice = await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        bot.Chat.StarPayments.Add(new StarPayment("charge-1", BotHarness.UserId, 100, invoice.Payload, bot.Clock.GetUtcNow()));
        var messages = bot.Chat.TextsIn(BotHarness.UserId).Count;

        await bot.StartAsync();
        var report = await PaymentsKit.Reconciliation(bot).Completion;

        Assert.Equal(0, report.Credited);
        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(messages, bot.Chat.TextsIn(BotHarness.UserId).Count);
    }

    [Fact]
    public async Task It_pages_newest_first_until_a_page_holds_only_known_payments()
    {
        await using var bot = PaymentsKit.Create();
        await bot.SendTextAsync("/start");

        // 350 payments, newest first; the oldest 200 were credited while the bot was up.
        var payments = Enumerable.Range(0, 350)
            .Select(index => new StarPayment($"c{349 - index}", BotHarness.UserId, 10, null, bot.Clock.GetUtcNow().AddMinutes(-index)))
            .ToList();
        foreach (var old in payments.Skip(150))
        {
            await bot.Ledger.CreditTopUpAsync(BotHarness.UserId, old.ChargeId, 1500);
        }

        bot.Chat.StarPayments.AddRange(payments);

        await bot.StartAsync();
        var report = await PaymentsKit.Reconciliation(bot).Completion;

        Assert.Equal(150, report.Credited);
        Assert.Equal(300, report.Checked); // pages at 0, 100 and 200; the third held only known payments
        Assert.Equal(["0|100", "100|100", "200|100"], bot.Chat.Calls.Where(call => call.Method == "stars").Select(call => call.Detail));
        Assert.Equal(350 * 1500, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task An_empty_list_ends_the_run_at_once()
    {
        await using var bot = PaymentsKit.Create();

        await bot.StartAsync();
        var report = await PaymentsKit.Reconciliation(bot).Completion;

        Assert.Equal(new ReconciliationReport(0, 0, 0, 0, false), report);
        Assert.Single(bot.Chat.Calls, call => call.Method == "stars");
    }

    [Fact]
    public async Task A_platform_failure_is_logged_and_never_escapes_the_service()
    {
        await using var bot = PaymentsKit.Create();
        bot.Chat.FailWhen(call => call.Method == "stars" ? new ChatGatewayException(ChatFailure.Transient, "network down") : null);

        await bot.StartAsync();
        var report = await PaymentsKit.Reconciliation(bot).Completion;

        Assert.True(report.Failed);
        Assert.Equal(0, report.Credited);
    }
}
