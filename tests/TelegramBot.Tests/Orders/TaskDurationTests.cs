using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Testing;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Orders;

/// <summary>
/// The bot keeps how long each model's tasks took by KIE's clock and teaches a restarted KIE client, so after a restart
/// a wait still reads a task's status about once (where such tasks are done) instead of on the blind schedule; and a
/// resumed wait counts from the task's submission (learned first read, not-found grace).
/// </summary>
public sealed class TaskDurationTests
{
    /// <summary>The simulator's image task: 1 s waiting + 2 s queuing + 8 s generating.</summary>
    private static readonly TimeSpan ImageTask = KieSimulatorTimings.Image.Total;

    [Fact]
    public async Task A_succeeded_order_records_its_task_duration_by_KIE_clock()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a lighthouse");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        Assert.Equal((long)ImageTask.TotalMilliseconds, await OrderKit.ScalarAsync<long>(bot, "SELECT duration_ms FROM task_durations WHERE order_id = $id", ("$id", orderId)));
        Assert.Equal("google/nano-banana", await OrderKit.ScalarAsync<string>(bot, "SELECT api_model FROM task_durations WHERE order_id = $id", ("$id", orderId)));
    }

    [Fact]
    public async Task Recording_keeps_only_the_latest_32_durations_of_the_model()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.Services.GetRequiredService<BotDatabase>().WriteAsync(
            async (connection, transaction) =>
            {
                for (var i = 1; i <= TaskDurations.KeptPerModel; i++)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO task_durations (order_id, api_model, duration_ms, finished_at) VALUES ($id, 'google/nano-banana', 9000, $at)",
                        transaction,
                        ("$id", "old" + i), ("$at", i));
                }

                return 0;
            });
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a lighthouse");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        Assert.Equal(TaskDurations.KeptPerModel, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations WHERE api_model = 'google/nano-banana'"));
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations WHERE order_id = 'old1'"));
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations WHERE order_id = $id", ("$id", orderId)));
    }

    [Fact]
    public async Task A_failed_order_records_no_duration()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a cat [fail]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);

        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations"));
    }

    [Fact]
    public async Task After_a_restart_a_new_order_reads_its_task_once_where_earlier_runs_say_it_is_done()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await FinishFiveOrdersAsync(bot);

        await bot.RestartAsync();
        var orderId = await OrderKit.PlaceNewAsync(bot, "after the restart");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        // The fresh client's blind schedule (2 s, 5 s, 9.5 s, 16.25 s) would read an 11 s task four times.
        var taskId = (await OrderKit.FindAsync(bot, orderId)).TaskId!;
        var reads = StatusReadsOf(bot.Simulator!, taskId);
        var read = Assert.Single(reads);
        Assert.InRange(read.ReceivedAt - bot.Simulator!.FindTask(taskId)!.CreatedAt, ImageTask, ImageTask * 1.11);
    }

    [Fact]
    public async Task A_wait_resumed_after_a_restart_counts_the_learned_duration_from_the_submission()
    {
        using var kie = new DurableKie();
        await using var bot = BotHarness.Create(configureServices: kie.Register);
        await bot.StartAsync();
        await FinishFiveOrdersAsync(bot);

        var orderId = await OrderKit.PlaceNewAsync(bot, "interrupted while generating");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Running);
        var taskId = (await OrderKit.FindAsync(bot, orderId)).TaskId!;
        var created = kie.Simulator.FindTask(taskId)!.CreatedAt;
        bot.Clock.Advance(TimeSpan.FromSeconds(6) - (bot.Clock.GetUtcNow() - created));
        await bot.RestartAsync();
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        // Resumed 6 s into an 11 s task: read 5 s later, not 11 s after the restart.
        var read = Assert.Single(StatusReadsOf(kie.Simulator, taskId), request => request.ReceivedAt - created > TimeSpan.FromSeconds(6));
        Assert.InRange(read.ReceivedAt - created, ImageTask, ImageTask + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_resumed_task_KIE_no_longer_knows_is_released_at_the_first_look_not_after_the_grace()
    {
        // Demo mode: the simulator lives in the process, so after a restart it knows none of the earlier tasks.
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a slow one [never]");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Running);
        bot.Clock.Advance(TimeSpan.FromMinutes(3));

        await bot.RestartAsync();
        var restarted = bot.Clock.GetUtcNow();
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);

        // The not-found grace (90 s) is for a task KIE has not registered yet; this one was created minutes ago.
        Assert.True(bot.Clock.GetUtcNow() - restarted < TimeSpan.FromSeconds(10), $"released {bot.Clock.GetUtcNow() - restarted} after the restart");
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Start_up_keeps_the_latest_32_durations_per_model_and_teaches_them()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.Services.GetRequiredService<BotDatabase>().WriteAsync(
            async (connection, transaction) =>
            {
                for (var i = 0; i < 40; i++)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO task_durations (order_id, api_model, duration_ms, finished_at) VALUES ($id, $model, $ms, $at)",
                        transaction,
                        ("$id", "o" + i), ("$model", i % 2 == 0 ? "a/model" : "b/model"), ("$ms", 1000 + i), ("$at", i));
                }

                return 0;
            });

        var taught = await bot.Services.GetRequiredService<TaskDurations>().TeachClientAsync();

        Assert.Equal(40, taught);
        Assert.Equal(40, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations"));
        await bot.Services.GetRequiredService<BotDatabase>().WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO task_durations (order_id, api_model, duration_ms, finished_at) SELECT 'x' || order_id, api_model, duration_ms, finished_at + 100 FROM task_durations WHERE api_model = 'a/model'",
                transaction));

        taught = await bot.Services.GetRequiredService<TaskDurations>().TeachClientAsync();

        // a/model had 40 rows: the 32 newest stay (its 20 copies and the originals finished at 16…38); b/model keeps its 20.
        Assert.Equal(52, taught);
        Assert.Equal(32, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations WHERE api_model = 'a/model'"));
        Assert.Equal(16, await OrderKit.ScalarAsync<long>(bot, "SELECT MIN(finished_at) FROM task_durations WHERE api_model = 'a/model'"));
        Assert.Equal(20, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM task_durations WHERE api_model = 'b/model'"));
    }

    /// <summary>Five orders of the same model run to the end: enough durations for the SDK to trust (it needs five).</summary>
    private static async Task FinishFiveOrdersAsync(BotHarness bot)
    {
        await bot.FundAsync(100_000);
        for (var i = 0; i < 5; i++)
        {
            await OrderKit.RunUntilStateAsync(bot, await OrderKit.PlaceNewAsync(bot, "warm-up " + i), OrderState.Captured);
        }
    }

    private static List<KieSimulatorRequest> StatusReadsOf(KieSimulator simulator, string taskId) =>
        simulator.Requests.Where(request => request.Path.EndsWith("/recordInfo", StringComparison.Ordinal) && request.Uri.Query.Contains(taskId, StringComparison.Ordinal)).ToList();
}
