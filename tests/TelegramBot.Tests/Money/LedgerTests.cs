using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Money;

public sealed class LedgerTests
{
    [Fact]
    public async Task Reserve_then_capture_moves_money_to_revenue_and_books_sum_to_zero()
    {
        await using var bot = BotHarness.Create();
        var ledger = bot.Ledger;
        await bot.FundAsync(1000);

        Assert.Equal(TransferOutcome.Done, await ledger.ReserveAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(700, await ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(300, await ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(TransferOutcome.Done, await ledger.CaptureAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(0, await ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(300, await ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(0, await ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Each_step_happens_once_and_capture_excludes_release()
    {
        await using var bot = BotHarness.Create();
        var ledger = bot.Ledger;
        await bot.FundAsync(1000);

        Assert.Equal(TransferOutcome.Done, await ledger.ReserveAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(TransferOutcome.AlreadyDone, await ledger.ReserveAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(TransferOutcome.Done, await ledger.ReleaseAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(TransferOutcome.AlreadyDone, await ledger.ReleaseAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(TransferOutcome.Conflict, await ledger.CaptureAsync(BotHarness.UserId, "o1", 300));
        Assert.Equal(1000, await ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(TransferOutcome.Conflict, await ledger.CaptureAsync(BotHarness.UserId, "never-reserved", 300));
        Assert.Equal(0, await ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_reused_id_with_another_amount_is_refused_loudly()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(1000);
        await bot.Ledger.ReserveAsync(BotHarness.UserId, "o1", 300);

        await Assert.ThrowsAsync<LedgerMismatchException>(() => bot.Ledger.ReserveAsync(BotHarness.UserId, "o1", 301));
    }

    [Fact]
    public async Task Parallel_reservations_with_money_for_one_let_exactly_one_through()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(500);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => bot.Ledger.ReserveAsync(BotHarness.UserId, "p" + i, 400))));

        Assert.Single(outcomes, outcome => outcome == TransferOutcome.Done);
        Assert.Equal(7, outcomes.Count(outcome => outcome == TransferOutcome.InsufficientFunds));
        Assert.Equal(100, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task A_top_up_is_credited_once_per_charge_id()
    {
        await using var bot = BotHarness.Create();

        Assert.Equal(TransferOutcome.Done, await bot.Ledger.CreditTopUpAsync(BotHarness.UserId, "charge-1", 5000));
        Assert.Equal(TransferOutcome.AlreadyDone, await bot.Ledger.CreditTopUpAsync(BotHarness.UserId, "charge-1", 5000));
        Assert.Equal(5000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Debits_cannot_overdraw_and_entries_cannot_be_changed()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(100);

        Assert.Equal(TransferOutcome.InsufficientFunds, await bot.Ledger.AdjustAsync(BotHarness.UserId, "d1", -101, "too much"));
        Assert.Equal(TransferOutcome.Done, await bot.Ledger.AdjustAsync(BotHarness.UserId, "d2", -100, "all of it"));
        var database = bot.Services.GetService(typeof(Kie.Samples.TelegramBot.Store.BotDatabase)) as Kie.Samples.TelegramBot.Store.BotDatabase;
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            database!.WriteAsync((connection, transaction) => Kie.Samples.TelegramBot.Store.SqlExtensions.ExecuteAsync(connection, "UPDATE ledger_entries SET amount = 1", transaction)));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }
}
