using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Orders;

public sealed class OrderButtonsTests
{
    [Fact]
    public async Task Retry_opens_the_failed_orders_settings_for_a_fresh_quote()
    {
        var launcher = new RecordingLauncher();
        await using var bot = BotHarness.Create(configureServices: services => services.AddSingleton<IDraftLauncher>(launcher));
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a castle [fail]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        await bot.PressAsync(CallbackData.RetryPrefix + orderId);

        var launched = Assert.Single(launcher.Launched);
        Assert.Equal((OrderKit.ImageModel, OrderKit.ImageMode), (launched.Model, launched.Mode));
        Assert.Equal("a castle [fail]", launched.Input["prompt"]!.GetValue<string>());
        Assert.Equal(1, bot.Simulator!.CountRequests("/createTask"));
    }

    [Fact]
    public async Task Retry_of_someone_elses_order_finds_nothing()
    {
        var launcher = new RecordingLauncher();
        await using var bot = BotHarness.Create(configureServices: services => services.AddSingleton<IDraftLauncher>(launcher));
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "mine [fail]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);

        var callback = await bot.PressAsync(CallbackData.RetryPrefix + orderId, userId: 2002);

        Assert.Empty(launcher.Launched);
        Assert.Contains(bot.Chat.Calls, call => call.Method == "answer" && call.Detail == callback + "|This order was not found.");
    }

    [Fact]
    public async Task Original_sends_the_picture_as_a_document_and_reuses_its_file_id()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a mountain");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        var data = OrderScreens.Original(orderId, 0);
        Assert.NotNull(bot.Chat.FindMessageWithButton(BotHarness.UserId, data));

        var callback = await bot.PressAsync(data);
        await bot.RunUntilAsync(() => bot.Chat.MediaIn(BotHarness.UserId).Any(call => call.Media[0].Kind == MediaKind.Document), "the original");

        Assert.Contains(bot.Chat.Calls, call => call.Method == "answer" && call.Detail == callback + "|Sending the original file…");
        var original = bot.Chat.MediaIn(BotHarness.UserId).Single(call => call.Media[0].Kind == MediaKind.Document);
        Assert.IsType<MediaSource.Upload>(original.Media[0].Source);
        await bot.RunUntilAsync(async () => (await OrderKit.ResultsAsync(bot, orderId))[0].OriginalFileId is not null, "the original's file id");

        await bot.PressAsync(data);
        await bot.RunUntilAsync(() => bot.Chat.MediaIn(BotHarness.UserId).Count(call => call.Media[0].Kind == MediaKind.Document) == 2, "the second original");
        var again = bot.Chat.MediaIn(BotHarness.UserId).Last(call => call.Media[0].Kind == MediaKind.Document);
        Assert.Equal((await OrderKit.ResultsAsync(bot, orderId))[0].OriginalFileId, Assert.IsType<MediaSource.Stored>(again.Media[0].Source).FileId);
    }

    [Fact]
    public async Task Original_of_a_file_that_does_not_exist_is_refused()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();

        var callback = await bot.PressAsync(CallbackData.OriginalPrefix + "0123456789:0");

        Assert.Contains(bot.Chat.Calls, call => call.Method == "answer" && call.Detail == callback + "|This file is not available.");
        Assert.Empty(bot.Chat.MediaIn(BotHarness.UserId));
    }

    [Fact]
    public void The_buttons_data_fits_telegrams_64_bytes()
    {
        var orderId = OrderIds.New();

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(CallbackData.RetryPrefix + orderId), 1, CallbackData.MaxBytes);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(OrderScreens.Original(orderId, 99)), 1, CallbackData.MaxBytes);
    }

    private sealed class RecordingLauncher : IDraftLauncher
    {
        public List<(string Model, string Mode, JsonObject Input)> Launched { get; } = [];

        public Task ShowSummaryAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default)
        {
            Launched.Add((modelId, modeId, input));
            return context.ShowAsync(new Screen("summary"), cancellationToken);
        }
    }
}
