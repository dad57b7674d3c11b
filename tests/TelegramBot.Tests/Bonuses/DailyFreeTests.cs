using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

public sealed class DailyFreeTests
{
    private const string FreeModel = "z-image";
    private const string FreeMode = "text-to-image";

    // Moscow is UTC+3 all year; the test clock starts at 2030-01-01 00:00 UTC = 03:00 in Moscow.
    private static readonly Dictionary<string, string?> Moscow = new()
    {
        ["Bot:Bonuses:DailyFree:Models:0"] = FreeModel,
        ["Bot:Bonuses:DailyFree:Count"] = "2",
        ["Bot:Bonuses:DailyFree:TimeZone"] = "Europe/Moscow",
    };

    [Fact]
    public async Task Free_orders_cost_nothing_until_the_days_allowance_is_used_then_the_normal_price_applies()
    {
        await using var bot = BotHarness.Create(Moscow);
        await bot.FundAsync(10_000);

        var first = await PlaceFreeModelAsync(bot, "one");
        var second = await PlaceFreeModelAsync(bot, "two");
        var third = await PlaceFreeModelAsync(bot, "three");

        Assert.True(first.Free);
        Assert.True(second.Free);
        Assert.False(third.Free);
        Assert.Equal(0, (await OrderKit.FindAsync(bot, first.OrderId)).PriceMinorUnits);
        Assert.Null(await BonusKit.TransferAsync(bot, OrderSteps.ReserveId(first.OrderId)));
        var price = Request(bot, "x").Quote.TotalMinorUnits;
        Assert.Equal(price, (await OrderKit.FindAsync(bot, third.OrderId)).PriceMinorUnits);
        Assert.Equal(price, await BonusKit.TransferAsync(bot, OrderSteps.ReserveId(third.OrderId)));
        Assert.Equal(0, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task The_allowance_resets_at_midnight_in_the_configured_time_zone()
    {
        await using var bot = BotHarness.Create(Moscow);
        await PlaceFreeModelAsync(bot, "one");
        await PlaceFreeModelAsync(bot, "two");
        Assert.Equal(0, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));

        // 20:59 UTC is 23:59 in Moscow: still the same day there.
        bot.Clock.Advance(TimeSpan.FromHours(20) + TimeSpan.FromMinutes(59));
        Assert.Equal(0, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));

        // 21:00 UTC is midnight in Moscow (three hours before midnight UTC).
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));
        Assert.True((await PlaceFreeModelAsync(bot, "three")).Free);
    }

    [Fact]
    public async Task A_failed_free_generation_gives_the_allowance_back()
    {
        await using var bot = BotHarness.Create(Moscow);
        await bot.StartAsync();

        var failed = await PlaceFreeModelAsync(bot, "a fox [fail]");
        Assert.True(failed.Free);
        Assert.Equal(1, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));
        await OrderKit.RunUntilFinalAsync(bot, failed.OrderId);

        Assert.Equal(OrderState.Released, (await OrderKit.FindAsync(bot, failed.OrderId)).State);
        Assert.Equal(2, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));
        var delivered = await PlaceFreeModelAsync(bot, "a fox");
        await OrderKit.RunUntilFinalAsync(bot, delivered.OrderId);
        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, delivered.OrderId)).State);
        Assert.Equal(1, await Allowance(bot).RemainingAsync(BotHarness.UserId, FreeModel, FreeMode));
        Assert.Equal(0, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Parallel_orders_never_get_more_free_generations_than_the_allowance()
    {
        await using var bot = BotHarness.Create(Moscow);
        await bot.FundAsync(100_000);

        var placed = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(() => PlaceFreeModelAsync(bot, "parallel " + i))));

        Assert.Equal(2, placed.Count(order => order.Free));
        Assert.Equal(2, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_free_uses"));
        Assert.Equal(3, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM ledger_transfers WHERE kind = 'reserve'"));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Other_models_are_not_free()
    {
        await using var bot = BotHarness.Create(Moscow);
        await bot.FundAsync(10_000);

        var result = Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "a fox")));

        Assert.False(result.Free);
        Assert.Null(await Allowance(bot).RemainingAsync(BotHarness.UserId, OrderKit.ImageModel, OrderKit.ImageMode));
    }

    [Fact]
    public async Task The_summary_says_free_with_what_is_left_and_then_the_price_once_used_up()
    {
        await using var bot = BotHarness.Create(Moscow);
        await bot.FundAsync(10_000);
        await MenuKit.OpenAsync(bot, FreeModel, FreeMode);
        await bot.SendTextAsync("a lighthouse");
        await bot.PressAsync(MenuKit.Param("aspect_ratio"));
        await bot.PressAsync(MenuKit.Set("aspect_ratio", "1:1"));

        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        Assert.Contains("Free today", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("2 of 2 free left today", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("→ after the order: 100 ₽", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.PressAsync(MenuKit.Buttons(bot).Single(data => data.StartsWith("confirm:", StringComparison.Ordinal)));
        Assert.Contains("free today", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await PlaceFreeModelAsync(bot, "two");

        await MenuKit.OpenAsync(bot, FreeModel, FreeMode);
        await bot.SendTextAsync("a lighthouse");
        await bot.PressAsync(MenuKit.Param("aspect_ratio"));
        await bot.PressAsync(MenuKit.Set("aspect_ratio", "1:1"));
        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        Assert.Contains("free generations are used up", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Free today", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_cheapest_image_models_are_free_three_times_a_day()
    {
        await using var bot = BotHarness.Create();

        Assert.Equal(3, await Allowance(bot).RemainingAsync(BotHarness.UserId, "z-image", "text-to-image"));
        Assert.Equal(3, await Allowance(bot).RemainingAsync(BotHarness.UserId, "gpt-image-2", "text-to-image"));
        Assert.Null(await Allowance(bot).RemainingAsync(BotHarness.UserId, "nano-banana", "text-to-image"));
    }

    [Theory]
    [InlineData("Bot:Bonuses:DailyFree:Models:0", "no-such-model", "unknown model id 'no-such-model'")]
    [InlineData("Bot:Bonuses:DailyFree:Models:0", "z-image:no-such-mode", "has no mode 'no-such-mode'")]
    [InlineData("Bot:Bonuses:DailyFree:TimeZone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'")]
    [InlineData("Bot:Bonuses:WelcomeExpiryDays", "0", "must be positive")]
    [InlineData("Bot:WelcomeBonus", "-5", "must not be negative")]
    public void Wrong_settings_stop_the_start_naming_the_key(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [key] = value,
            ["Pricing:Currency"] = "RUB",
            ["Pricing:CreditRate"] = "1",
            ["Pricing:Markup"] = "2",
            ["Bot:Database"] = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"), "bot.db"),
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBotEngine(configuration, _ => new RecordingGateway()));

        Assert.Contains(key.Split(":0")[0], error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static DailyFreeAllowance Allowance(BotHarness bot) => bot.Services.GetRequiredService<DailyFreeAllowance>();

    private static OrderRequest Request(BotHarness bot, string prompt) =>
        OrderKit.Request(bot, FreeModel, FreeMode, new KieInput().Set("prompt", prompt).Set("aspect_ratio", "1:1"));

    private static async Task<PlaceOrderResult.Placed> PlaceFreeModelAsync(BotHarness bot, string prompt) =>
        Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, Request(bot, prompt)));
}
