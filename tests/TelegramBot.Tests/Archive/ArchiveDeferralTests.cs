using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>Copies yield to running orders and to results being sent (a burst gets the CPU), but never longer than Bot:Archive:MaxDeferral.</summary>
public sealed class ArchiveDeferralTests
{
    [Fact]
    public async Task A_copy_waits_while_other_orders_run_and_is_made_when_they_are_done()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var orders = bot.Services.GetRequiredService<OrderQueue>();
        Assert.True(orders.TryClaim("OTHERORDER"));
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);

        var stored = bot.Clock.GetUtcNow();
        await bot.RunUntilAsync(() => bot.Clock.GetUtcNow() - stored >= TimeSpan.FromMinutes(1), "a minute with another order running");
        Assert.Null(await ArchiveKit.RecordAsync(bot, orderId));

        orders.Unclaim("OTHERORDER");
        var started = bot.Clock.GetUtcNow();
        await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        Assert.True(bot.Clock.GetUtcNow() - started <= TimeSpan.FromSeconds(10), "copied within one deferral check of the orders finishing");
    }

    [Fact]
    public async Task A_copy_waits_while_results_are_being_sent_and_is_made_when_sending_stops()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var outbox = bot.Services.GetRequiredService<OutboxSignal>();

        // Generation is over, but a burst's deliveries are still going out (another chat being sent to).
        outbox.SendingStarted();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        var stored = bot.Clock.GetUtcNow();
        await bot.RunUntilAsync(() => bot.Clock.GetUtcNow() - stored >= TimeSpan.FromMinutes(1), "a minute of sending");
        Assert.Null(await ArchiveKit.RecordAsync(bot, orderId));

        outbox.SendingEnded();
        var started = bot.Clock.GetUtcNow();
        await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        Assert.True(bot.Clock.GetUtcNow() - started <= TimeSpan.FromSeconds(10), "copied within one deferral check of the sending ending");
    }

    [Fact]
    public async Task A_copy_is_made_after_the_longest_deferral_even_while_orders_keep_running()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Archive:MaxDeferral"] = "00:03:00" });
        await bot.StartAsync();
        Assert.True(bot.Services.GetRequiredService<OrderQueue>().TryClaim("OTHERORDER"));
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);

        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId);

        var completed = await bot.Services.GetRequiredService<BotDatabase>().ReadAsync(
            connection => connection.ScalarAsync<long>("SELECT completed_at FROM orders WHERE id = $id", null, ("$id", orderId)));
        var waited = record.ArchivedAt!.Value - DateTimeOffset.FromUnixTimeMilliseconds(completed);
        Assert.InRange(waited, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_zero_deferral_copies_at_once_even_while_orders_run()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Archive:MaxDeferral"] = "00:00:00" });
        await bot.StartAsync();
        Assert.True(bot.Services.GetRequiredService<OrderQueue>().TryClaim("OTHERORDER"));
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        var delivered = bot.Clock.GetUtcNow();

        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId);

        Assert.True(record.ArchivedAt!.Value - delivered < TimeSpan.FromSeconds(5), "not deferred");
    }
}
