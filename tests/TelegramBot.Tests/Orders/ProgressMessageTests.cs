using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Orders;

public sealed class ProgressMessageTests
{
    [Fact]
    public async Task Progress_is_one_message_edited_at_most_once_per_interval()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:ProgressInterval"] = "00:00:30" });
        var edits = new List<(TimeSpan At, int MessageId, string Text)>();
        bot.Chat.FailWhen(call =>
        {
            if (call.Method == "edit")
            {
                lock (edits)
                {
                    edits.Add((bot.Clock.Elapsed, call.MessageId, call.Screen!.Text));
                }
            }

            return null;
        });
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        // [slow] generates for 40 s after 3 s of waiting and queuing: four states, and the last edit, in about 45 s.
        var orderId = await OrderKit.PlaceNewAsync(bot, "a slow sunset [slow]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);
        await bot.RunUntilAsync(() => { lock (edits) { return edits.Any(edit => edit.Text.Contains("Ready", StringComparison.Ordinal)); } }, "the last progress edit");

        var sent = bot.Chat.Calls.Where(call => call.Method == "send" && call.Screen!.Text.Contains($"Order {orderId} ·", StringComparison.Ordinal)).ToArray();
        var progress = Assert.Single(sent);
        lock (edits)
        {
            Assert.All(edits, edit => Assert.Equal(progress.MessageId, edit.MessageId));
            Assert.InRange(edits.Count, 1, 3);
            Assert.True(edits[0].At >= TimeSpan.FromSeconds(30), $"first edit at {edits[0].At}");
            for (var i = 1; i < edits.Count; i++)
            {
                Assert.True(edits[i].At - edits[i - 1].At >= TimeSpan.FromSeconds(30), $"edits at {edits[i - 1].At} and {edits[i].At}");
            }

            Assert.Contains("Ready", edits[^1].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_flood_wait_on_a_progress_edit_does_not_hold_up_the_result()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:ProgressInterval"] = "00:00:01" });
        var floodedAt = TimeSpan.MinValue;
        bot.Chat.FailWhen(call =>
        {
            if (call.Method != "edit")
            {
                return null;
            }

            floodedAt = bot.Clock.Elapsed;
            return new ChatGatewayException(ChatFailure.FloodWait, "Too Many Requests: retry after 900", TimeSpan.FromMinutes(15));
        });
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a harbour at night");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        Assert.NotEqual(TimeSpan.MinValue, floodedAt);
        Assert.Single(OrderKit.ResultMessages(bot, orderId));
        Assert.True(bot.Clock.Elapsed < floodedAt + TimeSpan.FromMinutes(15), $"captured at {bot.Clock.Elapsed}, flood wait from {floodedAt}");
        Assert.DoesNotContain(bot.Chat.Calls, call => call.Method == "edit");
    }
}
