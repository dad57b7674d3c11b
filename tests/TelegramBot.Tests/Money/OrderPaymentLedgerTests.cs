using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Money;

public sealed class OrderPaymentLedgerTests
{
    [Fact]
    public async Task An_order_reserved_the_old_way_with_only_paid_money_resolves_as_before()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(1000);
        Assert.Equal(TransferOutcome.Done, await bot.Ledger.ReserveAsync(BotHarness.UserId, "old", 300));

        var captured = await WriteAsync(bot, (c, t) => bot.Ledger.CaptureOrderAsync(c, t, BotHarness.UserId, "old", 300));
        var released = await WriteAsync(bot, (c, t) => bot.Ledger.ReleaseOrderAsync(c, t, BotHarness.UserId, "old", 300));

        Assert.Equal(TransferOutcome.Done, captured);
        Assert.Equal(TransferOutcome.Conflict, released);
        Assert.True(await bot.Ledger.ExistsAsync(OrderSteps.CaptureId("old")));
        Assert.False(await bot.Ledger.ExistsAsync(OrderSteps.CaptureBonusId("old")));
        Assert.Equal(300, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Resolving_an_order_that_was_never_reserved_is_a_conflict_and_moves_nothing()
    {
        await using var bot = BotHarness.Create();

        Assert.Equal(TransferOutcome.Conflict, await WriteAsync(bot, (c, t) => bot.Ledger.CaptureOrderAsync(c, t, BotHarness.UserId, "none", 300)));
        Assert.Equal(TransferOutcome.Conflict, await WriteAsync(bot, (c, t) => bot.Ledger.ReleaseOrderAsync(c, t, BotHarness.UserId, "none", 300)));
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM ledger_transfers"));
    }

    [Fact]
    public async Task A_second_reservation_for_the_same_order_is_refused()
    {
        await using var bot = BotHarness.Create();
        await bot.FundAsync(1000);

        var first = await WriteAsync(bot, (c, t) => bot.Ledger.ReserveOrderAsync(c, t, BotHarness.UserId, "o1", 300));
        var second = await WriteAsync(bot, (c, t) => bot.Ledger.ReserveOrderAsync(c, t, BotHarness.UserId, "o1", 300));

        Assert.Equal(new OrderReservation(TransferOutcome.Done, 0, 300), first);
        Assert.Equal(TransferOutcome.Conflict, second.Outcome);
        Assert.Equal(700, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Bonus_accounts_are_user_accounts_that_cannot_go_negative()
    {
        await using var bot = BotHarness.Create();

        var outcome = await bot.Ledger.TransferAsync(new LedgerTransfer("t1", "test", LedgerAccounts.Bonus(BotHarness.UserId), LedgerAccounts.Promotions, 1));

        Assert.Equal(TransferOutcome.InsufficientFunds, outcome);
        Assert.True(LedgerAccounts.IsUserAccount(LedgerAccounts.BonusHeld(BotHarness.UserId)));
        Assert.False(LedgerAccounts.IsUserAccount(LedgerAccounts.BonusSpent));
    }

    private static Task<T> WriteAsync<T>(BotHarness bot, Func<Microsoft.Data.Sqlite.SqliteConnection, Microsoft.Data.Sqlite.SqliteTransaction, Task<T>> work) =>
        bot.Services.GetRequiredService<BotDatabase>().WriteAsync(work);
}
