using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class DraftLauncherTests
{
    [Fact]
    public async Task Retry_opens_a_fresh_summary_in_a_new_message_under_a_new_draft_id_each_time()
    {
        var placer = new FakeOrderPlacer();
        await using var bot = MenuKit.WithPlacer(placer);
        await bot.FundAsync(100_000);
        var (context, failure) = await RetryContextAsync(bot);
        var launcher = bot.Services.GetRequiredService<IDraftLauncher>();
        var input = new JsonObject { ["prompt"] = "a fox in the snow", ["sound"] = false, ["aspect_ratio"] = "9:16", ["duration"] = "5", ["gone_parameter"] = "x" };

        await launcher.ShowSummaryAsync(context, "kling-2.6", "text-to-video", input);

        Assert.Equal("Order o1 failed.", bot.Chat.ScreenOf(failure).Text);
        var text = MenuKit.Last(bot).Text;
        Assert.Contains("Kling 2.6 · Text to video", text, StringComparison.Ordinal);
        Assert.Contains("• prompt: a fox in the snow", text, StringComparison.Ordinal);
        Assert.Contains("Price: 110 ₽ (55 credits)", text, StringComparison.Ordinal);
        var session = await MenuKit.SessionAsync(bot);
        Assert.Equal(("kling-2.6", "text-to-video", 11_000L), (session.Model, session.Mode, session.QuotedMinorUnits));
        Assert.False(session.Parameters.ContainsKey("gone_parameter"));
        var first = session.DraftId;

        await launcher.ShowSummaryAsync(context, "kling-2.6", "text-to-video", input);
        var second = (await MenuKit.SessionAsync(bot)).DraftId;
        Assert.NotEqual(first, second);

        await bot.PressAsync(MenuCallbacks.Confirm(second!));
        Assert.Equal(second, Assert.Single(placer.Calls).DraftId);
    }

    [Fact]
    public async Task Retry_of_a_mode_that_lost_its_price_says_it_cannot_be_sold()
    {
        await using var bot = BotHarness.Create();
        var (context, _) = await RetryContextAsync(bot);

        await bot.Services.GetRequiredService<IDraftLauncher>().ShowSummaryAsync(context, "seedream-4", "text-to-image", new JsonObject { ["prompt"] = "a cat" });

        Assert.Contains("can't be ordered", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(MenuKit.Buttons(bot), data => data.StartsWith("confirm:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retry_of_a_model_gone_from_the_catalog_says_so()
    {
        await using var bot = BotHarness.Create();
        var (context, _) = await RetryContextAsync(bot);

        await bot.Services.GetRequiredService<IDraftLauncher>().ShowSummaryAsync(context, "retired-model", "text-to-image", []);

        Assert.Contains("no longer available", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Null((await MenuKit.SessionAsync(bot)).Model);
    }

    private static async Task<(BotContext Context, MessageRef Failure)> RetryContextAsync(BotHarness bot)
    {
        await bot.SendTextAsync("/start");
        var failure = await bot.Chat.SendAsync(BotHarness.UserId, new Screen("Order o1 failed.", [[ScreenButton.Callback("Retry", "retry:o1")]]));
        var user = await bot.Services.GetRequiredService<UserStore>().FindAsync(BotHarness.UserId);
        var pressed = new ButtonPressed { ChatId = BotHarness.UserId, User = new BotUser(BotHarness.UserId, "Test"), CallbackId = "retry-press", Data = "retry:o1", Message = failure };
        return (new BotContext(pressed, user!, bot.Services.GetRequiredService<IChatGateway>(), isAdmin: false), failure);
    }
}
