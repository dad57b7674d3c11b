using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Payments;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Admin;

/// <summary><c>/user</c>: a user's profile, money, recent orders and payments, found by id or @username.</summary>
public sealed class UserLookupTests
{
    [Fact]
    public async Task User_shows_profile_balance_held_orders_and_payments()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        var orderId = await OrderKit.PlaceNewAsync(bot, "a red fox");
        var price = OrderKit.Price(bot);
        var money = bot.Services.GetRequiredService<PriceCalculator>();

        var reply = await AdminKit.AsAdminAsync(bot, "/user 1001");

        Assert.Contains("User 1001 (Test, @tester1001)", reply, StringComparison.Ordinal);
        Assert.Contains("Language: en", reply, StringComparison.Ordinal);
        Assert.Contains($"Balance: {money.FormatMinorUnits(PaymentsKit.Pack100Minor - price)} · held: {money.FormatMinorUnits(price)}", reply, StringComparison.Ordinal);
        Assert.Contains($"• {orderId} · ", reply, StringComparison.Ordinal);
        Assert.Contains($"{OrderKit.ImageModel}/{OrderKit.ImageMode} · reserved · {money.FormatMinorUnits(price)}", reply, StringComparison.Ordinal);
        Assert.Contains($"• charge-1 · ", reply, StringComparison.Ordinal);
        Assert.Contains($"100 ⭐ → {money.FormatMinorUnits(PaymentsKit.Pack100Minor)}", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_finds_by_username_and_marks_refunded_payments()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        await AdminKit.AsAdminAsync(bot, "/refund charge-1");

        var reply = await AdminKit.AsAdminAsync(bot, "/user @TESTER1001");

        Assert.Contains("User 1001", reply, StringComparison.Ordinal);
        Assert.Contains("charge-1", reply, StringComparison.Ordinal);
        Assert.Contains("refunded", reply, StringComparison.Ordinal);
        Assert.Contains("No orders.", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/user", "Usage: /user")]
    [InlineData("/user 424242", "No user 424242")]
    [InlineData("/user @nobody", "No user @nobody")]
    public async Task User_explains_what_it_could_not_find(string command, string expected)
    {
        await using var bot = await AdminKit.CreateAsync();

        Assert.Contains(expected, await AdminKit.AsAdminAsync(bot, command), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_speaks_the_admins_language()
    {
        await using var bot = await AdminKit.CreateAsync();
        await bot.SendTextAsync("/user 1001", AdminKit.AdminId, "ru");

        Assert.Contains("Пользователь 1001", bot.Chat.TextsIn(AdminKit.AdminId)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_lists_released_orders_with_failure_user_and_time()
    {
        await using var bot = await AdminKit.CreateAsync();
        await bot.StartAsync();
        await bot.FundAsync(100_000);
        var failed = await OrderKit.PlaceNewAsync(bot, "[fail] a broken prompt");
        // A day of slack: other services' minute timers move fake time while the order's real work runs.
        await bot.RunUntilAsync(async () => (await OrderKit.FindAsync(bot, failed)).State == OrderState.Released, "the order to fail", TimeSpan.FromDays(1));
        var record = await OrderKit.FindAsync(bot, failed);

        var reply = await AdminKit.AsAdminAsync(bot, "/failed");

        Assert.Contains($"· {failed} · 1001 @tester1001 · {OrderKit.ImageModel}/{OrderKit.ImageMode} · {record.Failure}", reply, StringComparison.Ordinal);
        Assert.Contains(bot.Clock.Start.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reply, StringComparison.Ordinal);
        Assert.Contains("returned", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_says_so_when_nothing_failed_and_checks_its_count()
    {
        await using var bot = await AdminKit.CreateAsync();

        Assert.Contains("No failed orders", await AdminKit.AsAdminAsync(bot, "/failed"), StringComparison.Ordinal);
        Assert.Contains("Usage: /failed", await AdminKit.AsAdminAsync(bot, "/failed lots"), StringComparison.Ordinal);
    }
}
