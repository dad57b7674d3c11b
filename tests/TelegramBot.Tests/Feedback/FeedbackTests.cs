using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Feedback;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Feedback;

/// <summary>Ratings after each result, comments, /feedback, and what admins see of them.</summary>
public sealed class FeedbackTests
{
    private const long AdminId = 9000;
    private const long Stranger = 2002;

    [Fact]
    public async Task A_captured_order_is_followed_by_a_rating_prompt_with_five_buttons()
    {
        await using var bot = await CreateAsync();

        var orderId = await CapturedOrderAsync(bot);

        var prompt = Prompt(bot, orderId);
        Assert.Contains($"How was order {orderId}?", prompt.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"fb:{orderId}:{n}"), prompt.AllButtons.Select(button => button.Data));
        Assert.All(prompt.AllButtons, button => Assert.True(System.Text.Encoding.UTF8.GetByteCount(button.Data!) <= CallbackData.MaxBytes));
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM outbox WHERE order_id = $id AND payload LIKE '%fb:%'", ("$id", orderId)));
    }

    [Fact]
    public async Task The_prompt_speaks_the_buyers_language()
    {
        await using var bot = await CreateAsync();
        await bot.SendTextAsync("/start", language: "ru");

        var orderId = await CapturedOrderAsync(bot);

        Assert.Contains($"Как вам заказ {orderId}?", Prompt(bot, orderId).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_is_stored_answered_and_can_be_changed()
    {
        await using var bot = await CreateAsync();
        var orderId = await CapturedOrderAsync(bot);

        var callback = await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 4));

        Assert.Equal((4, (string?)null), await Store(bot).FindRatingAsync(orderId));
        Assert.Contains(bot.Chat.Calls, call => call.Method == "answer" && call.Detail == callback + "|Thanks for the rating!");
        var rated = Prompt(bot, orderId);
        Assert.Contains("you rated it 4⭐", rated.Text, StringComparison.Ordinal);
        Assert.Contains(rated.AllButtons, button => button.Data == FeedbackCallbacks.Comment(orderId));

        await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 2));

        Assert.Equal((2, (string?)null), await Store(bot).FindRatingAsync(orderId));
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM feedback_ratings"));
    }

    [Fact]
    public async Task Add_a_comment_makes_the_next_message_the_comment()
    {
        await using var bot = await CreateAsync();
        var orderId = await CapturedOrderAsync(bot);
        await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 5));

        await bot.PressAsync(FeedbackCallbacks.Comment(orderId));
        Assert.Contains($"Send your comment on order {orderId}", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
        await bot.SendTextAsync("Lovely colours, a bit dark");

        Assert.Equal((5, "Lovely colours, a bit dark"), await Store(bot).FindRatingAsync(orderId));
        Assert.Contains($"Your comment on order {orderId} was saved", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);

        // Only the one message: the next text is the menus' again.
        await bot.SendTextAsync("another text");
        Assert.Equal((5, "Lovely colours, a bit dark"), await Store(bot).FindRatingAsync(orderId));
    }

    [Fact]
    public async Task Cancel_or_another_command_drops_the_awaited_comment()
    {
        await using var bot = await CreateAsync();
        var orderId = await CapturedOrderAsync(bot);
        await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 3));
        await bot.PressAsync(FeedbackCallbacks.Comment(orderId));

        await bot.SendTextAsync("/cancel");
        Assert.EndsWith("OK, no feedback this time.", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
        await bot.SendTextAsync("not a comment");
        Assert.Equal((3, (string?)null), await Store(bot).FindRatingAsync(orderId));

        await bot.PressAsync(FeedbackCallbacks.Comment(orderId));
        await bot.SendTextAsync("/start");
        await bot.SendTextAsync("not a comment either");
        Assert.Equal((3, (string?)null), await Store(bot).FindRatingAsync(orderId));
    }

    [Fact]
    public async Task Someone_else_cannot_rate_or_comment_an_order()
    {
        await using var bot = await CreateAsync();
        var orderId = await CapturedOrderAsync(bot);
        await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 5));

        var rate = await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 1), Stranger);
        var comment = await bot.PressAsync(FeedbackCallbacks.Comment(orderId), Stranger);
        var unknown = await bot.PressAsync(FeedbackCallbacks.Rate("ZZZZZZZZZZ", 1), Stranger);

        Assert.Equal((5, (string?)null), await Store(bot).FindRatingAsync(orderId));
        foreach (var callback in new[] { rate, comment, unknown })
        {
            Assert.Contains(bot.Chat.Calls, call => call.Method == "answer" && call.Detail == callback + "|Only the person who ordered this can rate it.");
        }

        await bot.SendTextAsync("trying to comment", Stranger);
        Assert.Equal((5, (string?)null), await Store(bot).FindRatingAsync(orderId));
    }

    [Fact]
    public async Task Feedback_with_text_is_stored_at_once_and_without_text_takes_the_next_message()
    {
        await using var bot = await CreateAsync();

        await bot.SendTextAsync("/feedback More video models please");
        Assert.Contains("Thank you! Your feedback was passed on", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
        await bot.SendTextAsync("/feedback");
        Assert.Contains("Write your feedback in one message", bot.Chat.TextsIn(BotHarness.UserId)[^1], StringComparison.Ordinal);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await bot.SendTextAsync("The bot is great");

        Assert.Equal(2, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM feedback_messages WHERE user_id = $user", ("$user", BotHarness.UserId)));
        Assert.Equal("The bot is great", await OrderKit.ScalarAsync<string>(bot, "SELECT text FROM feedback_messages ORDER BY id DESC LIMIT 1"));
        Assert.Equal(bot.Clock.GetUtcNow().ToUnixTimeMilliseconds(), await OrderKit.ScalarAsync<long>(bot, "SELECT created_at FROM feedback_messages ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task Admins_see_ratings_and_comments_in_the_report()
    {
        await using var bot = await CreateAsync();
        var orderId = await CapturedOrderAsync(bot);
        await bot.PressAsync(FeedbackCallbacks.Rate(orderId, 4));
        await bot.PressAsync(FeedbackCallbacks.Comment(orderId));
        await bot.SendTextAsync("Sharp and fast");
        await bot.SendTextAsync("/feedback Love it");

        await bot.SendTextAsync("/stats", AdminId);

        var report = bot.Chat.TextsIn(AdminId).Last(text => text.Contains("Report", StringComparison.Ordinal));
        Assert.Contains("Ratings: 4.00 average of 1 · /feedback messages: 1", report, StringComparison.Ordinal);
        Assert.Contains($"{orderId} nano-banana 4⭐: Sharp and fast", report, StringComparison.Ordinal);
        Assert.Contains("Love it", report, StringComparison.Ordinal);
    }

    private static async Task<BotHarness> CreateAsync()
    {
        // Periodic services are off: the harness jumps to the next timer, and a far one would outrun the order.
        var bot = BotHarness.Create(new Dictionary<string, string?>
        {
            ["Bot:Admins:0"] = "9000",
            ["Bot:Reports:DailyReport"] = "false",
            ["Bot:Reports:CreditMonitor"] = "false",
            ["Bot:CatalogSync:Interval"] = "00:00:00",
        });
        await bot.StartAsync();
        return bot;
    }

    private static async Task<string> CapturedOrderAsync(BotHarness bot)
    {
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a red bicycle");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        return orderId;
    }

    private static Screen Prompt(BotHarness bot, string orderId)
    {
        var message = bot.Chat.FindMessageWithButton(BotHarness.UserId, FeedbackCallbacks.Rate(orderId, 1)) ?? throw new Xunit.Sdk.XunitException("No rating prompt.");
        return bot.Chat.ScreenOf(message);
    }

    private static FeedbackStore Store(BotHarness bot) => bot.Services.GetRequiredService<FeedbackStore>();
}
