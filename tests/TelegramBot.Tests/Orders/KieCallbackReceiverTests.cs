using System.Text;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Orders;

public sealed class KieCallbackReceiverTests
{
    private const string Secret = "callback-secret";

    private static readonly Dictionary<string, string?> Signed = new()
    {
        ["Kie:CallbackUrl"] = "https://bot.example/kie/callback",
        ["Kie:CallbackSecret"] = Secret,
    };

    [Fact]
    public async Task A_signed_callback_finishes_the_order_without_waiting_for_the_safety_net_poll()
    {
        await using var bot = BotHarness.Create(Signed);
        var receiver = bot.Services.GetRequiredService<KieCallbackReceiver>();
        var outcomes = new List<KieCallbackOutcome>();
        bot.Simulator!.Options.CallbackSecret = Secret;
        bot.Simulator.Options.CallbackHandler = async (callback, token) =>
        {
            var outcome = await receiver.HandleAsync(callback.Body, callback.Header(KieCallback.TimestampHeader), callback.Header(KieCallback.SignatureHeader), token);
            lock (outcomes)
            {
                outcomes.Add(outcome);
            }
        };
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        // Time stands still until the task exists and the order waits for it (with callbacks expected, its first
        // status read is 60 s away); then it moves to the moment KIE finishes the task, and no further.
        var orderId = await OrderKit.PlaceNewAsync(bot, "a quick sketch");
        await OrderKit.SettleAsync(async () => (await OrderKit.FindAsync(bot, orderId)).State == OrderState.Running, "the order waiting for its task");
        var task = bot.Simulator.FindTask((await OrderKit.FindAsync(bot, orderId)).TaskId!)!;
        bot.Clock.Advance(task.CompletesAt!.Value - bot.Clock.GetUtcNow());
        await OrderKit.SettleAsync(async () => (await OrderKit.FindAsync(bot, orderId)).State == OrderState.Captured, "the order captured on the callback alone");

        var order = await OrderKit.FindAsync(bot, orderId);
        Assert.Equal(new Uri("https://bot.example/kie/callback"), bot.Simulator.FindTask(order.TaskId!)!.CallbackUrl);
        await OrderKit.SettleAsync(() => { lock (outcomes) { return Task.FromResult(outcomes.Count > 0); } }, "the callback's outcome");
        lock (outcomes)
        {
            var accepted = Assert.Single(outcomes);
            Assert.Equal((KieCallbackResult.Accepted, 200, orderId), (accepted.Result, accepted.StatusCode, accepted.OrderId));
        }
    }

    [Fact]
    public async Task Unsigned_badly_signed_or_stale_callbacks_are_refused_when_a_secret_is_set()
    {
        await using var bot = BotHarness.Create(Signed);
        var receiver = bot.Services.GetRequiredService<KieCallbackReceiver>();
        var body = Body("task-1", "success");

        var unsigned = await receiver.HandleAsync(body, null, null);
        var (timestamp, _) = KieCallback.Sign("task-1", bot.Clock.GetUtcNow(), Secret);
        var forged = await receiver.HandleAsync(body, timestamp, KieCallback.Sign("task-1", bot.Clock.GetUtcNow(), "guess").Signature);
        var stale = KieCallback.Sign("task-1", bot.Clock.GetUtcNow() - TimeSpan.FromHours(1), Secret);
        var replayed = await receiver.HandleAsync(body, stale.Timestamp, stale.Signature);
        var garbage = await receiver.HandleAsync(Encoding.UTF8.GetBytes("not json"), timestamp, "AAAA");

        Assert.Equal([401, 401, 401, 400], new[] { unsigned.StatusCode, forged.StatusCode, replayed.StatusCode, garbage.StatusCode });
    }

    [Fact]
    public async Task A_valid_callback_about_no_order_is_acknowledged_and_ignored()
    {
        await using var bot = BotHarness.Create(Signed);
        var receiver = bot.Services.GetRequiredService<KieCallbackReceiver>();
        var (timestamp, signature) = KieCallback.Sign("someone-elses-task", bot.Clock.GetUtcNow(), Secret);

        var outcome = await receiver.HandleAsync(Body("someone-elses-task", "success"), timestamp, signature);

        Assert.Equal((KieCallbackResult.Ignored, 200), (outcome.Result, outcome.StatusCode));
        Assert.Equal(0, bot.Simulator!.CountRequests("recordInfo"));
    }

    [Fact]
    public async Task A_callback_is_never_believed_on_its_word_kie_is_asked_first()
    {
        // No secret: callbacks are hints only. This one claims success for a task that is still generating (and always will).
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Kie:CallbackUrl"] = "https://bot.example/kie/callback" });
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a long one [never]");
        await OrderKit.SettleAsync(async () => (await OrderKit.FindAsync(bot, orderId)).State == OrderState.Running, "the order waiting for its task");
        var taskId = (await OrderKit.FindAsync(bot, orderId)).TaskId!;
        var receiver = bot.Services.GetRequiredService<KieCallbackReceiver>();

        var outcome = await receiver.HandleAsync(Body(taskId, "success"), null, null);

        Assert.Equal((KieCallbackResult.Ignored, orderId), (outcome.Result, outcome.OrderId));
        Assert.Equal(OrderState.Running, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Empty(bot.Chat.MediaIn(BotHarness.UserId));
    }

    private static byte[] Body(string taskId, string state) =>
        Encoding.UTF8.GetBytes($$$"""{"code":200,"msg":"ok","data":{"taskId":"{{{taskId}}}","model":"google/nano-banana","state":"{{{state}}}","resultJson":"{\"resultUrls\":[\"https://tempfile.aiquickdraw.com/s/{{{taskId}}}_0.png\"]}"}}""");
}
