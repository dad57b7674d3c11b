using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Orders;

public sealed class SqliteKieIdempotencyStoreTests
{
    [Fact]
    public async Task A_key_is_claimed_once_and_remembers_its_task_across_a_restart()
    {
        await using var bot = BotHarness.Create();
        var store = bot.Services.GetRequiredService<IKieIdempotencyStore>();
        Assert.IsType<SqliteKieIdempotencyStore>(store);

        Assert.Equal(KieIdempotencyEntry.Claimed, await store.TryBeginAsync("order-1"));
        Assert.Equal(KieIdempotencyEntry.Pending, await store.TryBeginAsync("order-1"));
        await store.CompleteAsync("order-1", "task-1");
        await bot.RestartAsync();

        store = bot.Services.GetRequiredService<IKieIdempotencyStore>();
        Assert.Equal(KieIdempotencyEntry.Completed("task-1"), await store.TryBeginAsync("order-1"));
        Assert.Equal("task-1", await bot.Services.GetRequiredService<SqliteKieIdempotencyStore>().FindTaskIdAsync("order-1"));
    }

    [Fact]
    public async Task An_abandoned_key_may_be_claimed_again_but_a_completed_one_stays()
    {
        await using var bot = BotHarness.Create();
        var store = bot.Services.GetRequiredService<IKieIdempotencyStore>();

        await store.TryBeginAsync("refused");
        await store.AbandonAsync("refused");
        await store.TryBeginAsync("done");
        await store.CompleteAsync("done", "task-2");
        await store.AbandonAsync("done");

        Assert.Equal(KieIdempotencyEntry.Claimed, await store.TryBeginAsync("refused"));
        Assert.Equal(KieIdempotencyEntry.Completed("task-2"), await store.TryBeginAsync("done"));
    }

    [Fact]
    public async Task The_demo_KIE_client_uses_the_persisted_store_with_the_order_id_as_key()
    {
        await using var bot = BotHarness.Create();
        var request = new CreateTaskRequest("google/nano-banana") { IdempotencyKey = "ORDER12345" };
        request.Input.Set("prompt", "once");

        var first = await bot.Kie.CreateTaskAsync(request);
        var second = await bot.Kie.CreateTaskAsync(request);

        Assert.Equal(first, second);
        Assert.Equal(1, bot.Simulator!.CountRequests("/createTask"));
        Assert.Equal(first, await bot.Services.GetRequiredService<SqliteKieIdempotencyStore>().FindTaskIdAsync("ORDER12345"));
    }
}
