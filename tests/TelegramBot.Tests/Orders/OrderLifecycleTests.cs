using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Testing;

namespace Kie.Samples.TelegramBot.Tests.Orders;

public sealed class OrderLifecycleTests
{
    [Fact]
    public async Task A_successful_order_is_delivered_as_a_photo_then_captured_and_the_books_balance()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(price + 500);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a red bicycle in the snow");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        var media = Assert.Single(OrderKit.ResultMessages(bot, orderId));
        var photo = Assert.Single(media.Media);
        Assert.Equal(MediaKind.Photo, photo.Kind);
        Assert.IsType<MediaSource.FromUrl>(photo.Source);
        Assert.Equal(500, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(price, await bot.Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
        Assert.Equal((true, false), await OrderKit.LedgerStepsAsync(bot, orderId));
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        Assert.Contains(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains($"Order {orderId} is done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_order_keeps_its_task_result_and_file_ids()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a lighthouse");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        var order = await OrderKit.FindAsync(bot, orderId);
        Assert.NotNull(order.TaskId);
        Assert.NotNull(bot.Simulator!.FindTask(order.TaskId!));
        var file = Assert.Single(await OrderKit.ResultsAsync(bot, orderId));
        Assert.Equal(MediaKind.Photo, file.Kind);
        Assert.StartsWith("file-", file.FileId, StringComparison.Ordinal);
        Assert.Equal(order.TaskId, await OrderKit.ScalarAsync<string>(bot, "SELECT task_id FROM kie_idempotency WHERE key = $key", ("$key", orderId)));
        Assert.Equal("google/nano-banana", order.ApiModel);
        Assert.Contains("a lighthouse", order.InputJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_task_releases_the_money_and_says_so_with_the_order_id_and_a_retry_button()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var price = OrderKit.Price(bot);
        await bot.FundAsync(price);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a cat [fail]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.Equal(price, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.GetHeldAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
        Assert.Equal((false, true), await OrderKit.LedgerStepsAsync(bot, orderId));
        Assert.Empty(OrderKit.ResultMessages(bot, orderId));
        var notice = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains(orderId, notice.Text, StringComparison.Ordinal);
        Assert.Contains("back on your balance", notice.Text, StringComparison.Ordinal);
        Assert.Contains(notice.AllButtons, button => button.Data == CallbackData.RetryPrefix + orderId);
        Assert.Equal("task_failed", (await OrderKit.FindAsync(bot, orderId)).Failure);
    }

    [Fact]
    public async Task A_task_that_never_finishes_is_released_when_its_wait_times_out()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a dog [never]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);

        Assert.True(bot.Clock.Elapsed >= TimeSpan.FromMinutes(5), $"released after {bot.Clock.Elapsed}, before the image wait of 5 minutes");
        Assert.Equal("timed_out", (await OrderKit.FindAsync(bot, orderId)).Failure);
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        Assert.Contains(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains(orderId, StringComparison.Ordinal) && text.Contains("stopped waiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_KIE_refuses_is_released_and_nothing_is_charged()
    {
        await using var bot = BotHarness.Create();
        bot.Simulator!.AddRule(task => task.Prompt?.Contains("flagged", StringComparison.Ordinal) == true
            ? KieSimulatorOutcome.Succeed() with { RefusalCode = 422, RefusalMessage = "The prompt was flagged" }
            : null);
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "something flagged");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        var order = await OrderKit.FindAsync(bot, orderId);
        Assert.Equal("rejected", order.Failure);
        Assert.Null(order.TaskId);
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Contains(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains(orderId, StringComparison.Ordinal) && text.Contains("flagged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_russian_speaking_user_hears_about_the_failure_in_russian()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.SendTextAsync("/start", language: "ru");
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "кот [fail]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        var notice = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains($"Заказ {orderId} не выполнен", notice.Text, StringComparison.Ordinal);
        Assert.Contains("вернулись на ваш баланс", notice.Text, StringComparison.Ordinal);
        Assert.Equal("🔁 Попробовать снова", Assert.Single(notice.AllButtons).Label);
    }
}
