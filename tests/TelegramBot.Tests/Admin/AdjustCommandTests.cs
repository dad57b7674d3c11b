using Kie.Samples.TelegramBot.Tests.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Admin;

public sealed class AdjustCommandTests
{
    [Theory]
    [InlineData("150.50")]
    [InlineData("150,50")]
    public async Task Credit_is_a_ledger_adjustment_with_the_reason_and_the_user_is_told(string amount)
    {
        await using var bot = await AdminKit.CreateAsync();

        var reply = await AdminKit.AsAdminAsync(bot, $"/credit {BotHarness.UserId} {amount} compensation for order o-17");

        Assert.Equal(15050, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var adjustment = Assert.Single(await PaymentsKit.TransfersAsync(bot, BotHarness.UserId), transfer => transfer.Kind == "adjust");
        Assert.Equal(15050, adjustment.Amount);
        Assert.Contains("compensation for order o-17", adjustment.Reason, StringComparison.Ordinal);
        Assert.Contains($"admin {AdminKit.AdminId}", adjustment.Reason, StringComparison.Ordinal);
        Assert.Contains("Credited 150.50 ₽", reply, StringComparison.Ordinal);
        var told = bot.Chat.TextsIn(BotHarness.UserId)[^1];
        Assert.Contains("150.50 ₽ was added to your balance", told, StringComparison.Ordinal);
        Assert.Contains("compensation for order o-17", told, StringComparison.Ordinal);
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Debit_takes_money_with_its_reason()
    {
        await using var bot = await AdminKit.CreateAsync();
        await bot.FundAsync(20000);

        var reply = await AdminKit.AsAdminAsync(bot, $"/debit {BotHarness.UserId} 150 duplicate top-up");

        Assert.Equal(5000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var debit = (await PaymentsKit.TransfersAsync(bot, BotHarness.UserId)).Last(transfer => transfer.Kind == "adjust");
        Assert.Equal($"user:{BotHarness.UserId}", debit.From);
        Assert.Contains("duplicate top-up", debit.Reason, StringComparison.Ordinal);
        Assert.Contains("Debited 150 ₽", reply, StringComparison.Ordinal);
        Assert.Contains("150 ₽ was taken off your balance", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_debit_cannot_overdraw_and_says_so()
    {
        await using var bot = await AdminKit.CreateAsync();
        await bot.FundAsync(10000);
        var userMessages = bot.Chat.TextsIn(BotHarness.UserId).Count;

        var reply = await AdminKit.AsAdminAsync(bot, $"/debit {BotHarness.UserId} 150 too much");

        Assert.Equal(10000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Contains("Cannot debit 150 ₽", reply, StringComparison.Ordinal);
        Assert.Contains("only 100 ₽", reply, StringComparison.Ordinal);
        Assert.Equal(userMessages, bot.Chat.TextsIn(BotHarness.UserId).Count);
    }

    [Theory]
    [InlineData("/credit", "Usage: /credit")]
    [InlineData("/credit 1001 100", "Usage: /credit")]
    [InlineData("/credit someone 100 reason", "Usage: /credit")]
    [InlineData("/debit 1001 -5 reason", "is not an amount")]
    [InlineData("/credit 1001 0 reason", "is not an amount")]
    [InlineData("/credit 1001 1.005 reason", "is not an amount")]
    [InlineData("/credit 1001 1,000.50 reason", "is not an amount")]
    [InlineData("/credit 424242 100 reason", "has never used this bot")]
    public async Task A_malformed_command_changes_nothing_and_explains(string command, string expected)
    {
        await using var bot = await AdminKit.CreateAsync();

        var reply = await AdminKit.AsAdminAsync(bot, command);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Empty(await PaymentsKit.TransfersAsync(bot, BotHarness.UserId));
    }

    [Fact]
    public async Task For_a_non_admin_credit_is_answered_exactly_like_an_unknown_command()
    {
        await using var bot = await AdminKit.CreateAsync();

        await bot.SendTextAsync($"/credit {BotHarness.UserId} 100 free money");
        var afterCredit = bot.Chat.TextsIn(BotHarness.UserId).ToList();
        await bot.SendTextAsync($"/debit {BotHarness.UserId} 1 x");
        var afterDebit = bot.Chat.TextsIn(BotHarness.UserId).ToList();
        await bot.SendTextAsync("/nonsensecommand");
        var afterNonsense = bot.Chat.TextsIn(BotHarness.UserId).ToList();

        Assert.Equal(0, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var creditReply = afterCredit.Skip(1).ToList();
        var debitReply = afterDebit.Skip(afterCredit.Count).ToList();
        var nonsenseReply = afterNonsense.Skip(afterDebit.Count).ToList();
        Assert.NotEmpty(nonsenseReply);
        Assert.Equal(nonsenseReply, creditReply);
        Assert.Equal(nonsenseReply, debitReply);
        Assert.All(afterNonsense.Skip(1), text =>
        {
            Assert.DoesNotContain("credit", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("debit", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("admin", text, StringComparison.OrdinalIgnoreCase);
        });
    }
}
