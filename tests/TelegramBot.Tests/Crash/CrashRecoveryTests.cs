using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk;

namespace Kie.Samples.TelegramBot.Tests.Crash;

/// <summary>
/// The bot dies between two durable steps of an order, and a new engine starts on the same database (and the same
/// KIE): every order must end in exactly one of captured or released, and the user gets a result at most once.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_crash_between_reserve_and_create_releases_the_order_and_tells_the_user()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.BeforeCreateTask);
        await using var bot = BotHarness.Create(configureServices: services => { kie.Register(services); crash.Register(services); });
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "interrupted before KIE");
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");

        crash.Disarm();
        await bot.RestartAsync();
        await OrderKit.RunUntilFinalAsync(bot, orderId);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.Equal(OrderState.Released, (await OrderKit.FindAsync(bot, orderId)).State);
        await AssertSettledOnceAsync(bot, orderId);
        Assert.Equal(0, kie.Simulator.CountRequests("/createTask"));
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        var notice = bot.Chat.LastScreen(BotHarness.UserId)!;
        Assert.Contains(orderId, notice.Text, StringComparison.Ordinal);
        Assert.Contains("restarted", notice.Text, StringComparison.Ordinal);
        Assert.Contains(notice.AllButtons, button => button.Data == CallbackData.RetryPrefix + orderId);
    }

    [Fact]
    public async Task A_crash_after_KIE_accepted_the_task_but_before_the_order_noted_it_follows_that_task()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.BeforeCreateTask);
        await using var bot = BotHarness.Create(configureServices: services => { kie.Register(services); crash.Register(services); });
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "created, then the lights went out");
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");

        // What the dying process did last: KIE created the task and the persisted idempotency store noted its id.
        var order = await OrderKit.FindAsync(bot, orderId);
        var request = new CreateTaskRequest(order.ApiModel) { IdempotencyKey = orderId };
        request.Input.Set("prompt", "created, then the lights went out");
        var taskId = await bot.Kie.CreateTaskAsync(request);
        crash.Disarm();
        await bot.RestartAsync();
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        order = await OrderKit.FindAsync(bot, orderId);
        Assert.Equal((OrderState.Captured, taskId), (order.State, order.TaskId));
        Assert.Equal(1, kie.Simulator.CountRequests("/createTask"));
        await AssertSettledOnceAsync(bot, orderId);
    }

    [Fact]
    public async Task A_crash_while_the_task_runs_resumes_waiting_for_the_same_task()
    {
        using var kie = new DurableKie();
        await using var bot = BotHarness.Create(configureServices: kie.Register);
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a long render [slow]");
        await OrderKit.SettleAsync(async () => (await OrderKit.FindAsync(bot, orderId)).State == OrderState.Running, "the order waiting for its task");
        var taskId = (await OrderKit.FindAsync(bot, orderId)).TaskId;

        await bot.RestartAsync();
        await OrderKit.RunUntilFinalAsync(bot, orderId);

        var order = await OrderKit.FindAsync(bot, orderId);
        Assert.Equal((OrderState.Captured, taskId), (order.State, order.TaskId));
        Assert.Equal(1, kie.Simulator.CountRequests("/createTask"));
        await AssertSettledOnceAsync(bot, orderId);

        // The progress message of the first run is the one the second run finishes.
        var progress = bot.Chat.Calls.Where(call => call.Method == "send" && call.Screen!.Text.Contains($"Order {orderId} ·", StringComparison.Ordinal)).ToArray();
        Assert.Single(progress);
    }

    [Fact]
    public async Task A_crash_between_the_result_and_its_delivery_delivers_it_once_after_the_restart()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.BeforeDelivery);
        await using var bot = BotHarness.Create(configureServices: services => { kie.Register(services); crash.Register(services); });
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "ready but not yet sent");
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");
        Assert.Equal(OrderState.Succeeded, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Empty(OrderKit.ResultMessages(bot, orderId));

        crash.Disarm();
        await bot.RestartAsync();
        await OrderKit.RunUntilFinalAsync(bot, orderId);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, orderId)).State);
        await AssertSettledOnceAsync(bot, orderId);
        Assert.Equal(1, kie.Simulator.CountRequests("/createTask"));
    }

    [Fact]
    public async Task A_crash_between_delivery_and_capture_captures_without_sending_again()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.Delivered);
        await using var bot = BotHarness.Create(configureServices: services => { kie.Register(services); crash.Register(services); });
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "delivered, not yet paid for");
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");
        Assert.Equal(OrderState.Delivered, (await OrderKit.FindAsync(bot, orderId)).State);
        Assert.Single(OrderKit.ResultMessages(bot, orderId));

        crash.Disarm();
        await bot.RestartAsync();

        // The start-up sweep captures before the new engine takes anything else.
        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, orderId)).State);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        await AssertSettledOnceAsync(bot, orderId);
        Assert.Equal(10_000 - OrderKit.Price(bot), await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Orders_in_every_stage_survive_a_crash_and_each_ends_exactly_once()
    {
        using var kie = new DurableKie();
        var crash = new CrashPoint(OrderCheckpoint.BeforeDelivery);
        await using var bot = BotHarness.Create(configureServices: services => { kie.Register(services); crash.Register(services); });
        await bot.StartAsync();
        var prompts = new[] { "quick", "slow [slow]", "doomed [fail]", "endless [never]", "another quick", "slow again [slow]" };
        var orders = new List<(string Id, long User)>();
        for (var i = 0; i < prompts.Length; i++)
        {
            var user = 3000 + i;
            await bot.FundAsync(10_000, user);
            orders.Add((await OrderKit.PlaceNewAsync(bot, prompts[i], user), user));
        }

        // The first result ready for delivery brings the engine down, with the other orders wherever they are.
        await bot.RunUntilAsync(() => crash.Reached.Task.IsCompleted, "the crash point");
        crash.Disarm();
        await bot.RestartAsync();
        foreach (var (id, _) in orders)
        {
            await OrderKit.RunUntilFinalAsync(bot, id);
        }

        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        foreach (var (id, user) in orders)
        {
            var state = await AssertSettledOnceAsync(bot, id, user);
            Assert.Equal(0, await bot.Ledger.GetHeldAsync(user));
            Assert.Equal(state == OrderState.Captured ? 10_000 - OrderKit.Price(bot) : 10_000, await bot.Ledger.GetAvailableAsync(user));
        }

        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    /// <summary>Exactly one of capture and release in the ledger, a matching final state, and at most one result delivered.</summary>
    private static async Task<OrderState> AssertSettledOnceAsync(BotHarness bot, string orderId, long userId = BotHarness.UserId)
    {
        var state = (await OrderKit.FindAsync(bot, orderId)).State;
        var (captured, released) = await OrderKit.LedgerStepsAsync(bot, orderId);
        Assert.True(captured ^ released, $"order {orderId}: captured {captured}, released {released}");
        Assert.Equal(captured ? OrderState.Captured : OrderState.Released, state);
        var results = OrderKit.ResultMessages(bot, orderId, userId);
        Assert.Equal(captured ? 1 : 0, results.Count);
        return state;
    }
}
