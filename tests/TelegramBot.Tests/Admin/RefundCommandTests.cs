using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Tests.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Admin;

public sealed class RefundCommandTests
{
    [Fact]
    public async Task An_unspent_top_up_is_refunded_through_telegram_and_reversed_once()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");

        var reply = await AdminKit.AsAdminAsync(bot, "/refund charge-1");
        await bot.HandleAsync(PaymentsKit.Refund(BotHarness.UserId, "charge-1", 100)); // Telegram's own refund notice

        Assert.Equal(["charge-1"], bot.Chat.Refunds);
        Assert.Contains("Refunded 100 ⭐", reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Single(await PaymentsKit.TransfersAsync(bot, BotHarness.UserId), transfer => transfer.Kind == "refund");
        Assert.Single(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("was refunded", StringComparison.Ordinal));
        Assert.Contains("refunded already", await AdminKit.AsAdminAsync(bot, "/refund charge-1"), StringComparison.Ordinal);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_spent_top_up_is_not_refunded()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        await bot.Ledger.ReserveAsync(BotHarness.UserId, "order-1", 100);

        var reply = await AdminKit.AsAdminAsync(bot, "/refund charge-1");

        Assert.Contains("Only unspent top-ups", reply, StringComparison.Ordinal);
        Assert.Empty(bot.Chat.Refunds);
        Assert.Equal(PaymentsKit.Pack100Minor - 100, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task A_refusal_from_telegram_changes_nothing()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        bot.Chat.FailWhen(call => call.Method == "refund" ? new ChatGatewayException(ChatFailure.BadRequest, "Bad Request: CHARGE_NOT_FOUND") : null);

        var reply = await AdminKit.AsAdminAsync(bot, "/refund charge-1");

        Assert.Contains("CHARGE_NOT_FOUND", reply, StringComparison.Ordinal);
        Assert.Equal(PaymentsKit.Pack100Minor, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Null(await PaymentsKit.Get<PaymentRecords>(bot).FindRefundAsync("charge-1"));
    }

    [Fact]
    public async Task Payments_lists_what_needs_a_look()
    {
        await using var bot = await AdminKit.CreateAsync();
        await bot.HandleAsync(PaymentsKit.Payment(BotHarness.UserId, "i_unknown", 20, "charge-odd"));

        var reply = await AdminKit.AsAdminAsync(bot, "/payments");

        Assert.Contains("charge-odd", reply, StringComparison.Ordinal);
        Assert.Contains("unknown invoice payload", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refund_telegram_already_made_counts_as_done_and_is_reversed_only_once()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        await bot.HandleAsync(PaymentsKit.Refund(BotHarness.UserId, "charge-1", 100)); // refunded outside the bot first

        var reply = await AdminKit.AsAdminAsync(bot, "/refund charge-1");

        Assert.Contains("refunded already", reply, StringComparison.Ordinal);
        Assert.Empty(bot.Chat.Refunds);
        Assert.Single(await PaymentsKit.TransfersAsync(bot, BotHarness.UserId), transfer => transfer.Kind == "refund");
        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }
}
