using System.Diagnostics;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Sdk.Benchmarks.Bot;

/// <summary>
/// Scenario 2: confirmed generations. Untimed, each of N users walks to the summary of a Nano Banana text-to-image order
/// (/start → Generate → Images → Nano Banana → Text to image → the prompt → Price and confirm). Timed: every user
/// presses Confirm at once (price reserved, order queued), and the fake clock is driven until every order is settled;
/// the figure is orders per second of real time, from the first Confirm to the last capture.
/// </summary>
internal static class GenerationRun
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    public static async Task<ScenarioResult> RunAsync(BenchBot bot, int users, long firstUserId)
    {
        var ids = Enumerable.Range(0, users).Select(index => firstUserId + index).ToArray();
        foreach (var userId in ids)
        {
            await bot.Ledger.AdjustAsync(userId, "bench-fund:" + userId, 1_000_000, "bench funding");
        }

        await Task.WhenAll(ids.Select(userId => Task.Run(() => PrepareAsync(bot, userId))));
        var confirms = ids.Select(userId => (UserId: userId, Latest: bot.Chat.Latest(userId)!.Value)).ToArray();
        var before = await CountAsync(bot, "captured");

        var (creates, polls, calls) = (bot.Simulator.CountRequests("/createTask"), bot.Simulator.CountRequests("/recordInfo"), bot.Chat.Calls);
        var fakeStart = bot.Time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        await Task.WhenAll(confirms.Select(confirm => Task.Run(() =>
        {
            var data = confirm.Latest.Screen.AllButtons.Single(button => button.Data?.StartsWith("confirm:", StringComparison.Ordinal) == true).Data!;
            return bot.PressAsync(confirm.UserId, confirm.Latest.Message, data);
        })));
        var start = bot.Time.GetUtcNow();
        var orders = bot.Services.GetService(typeof(OrderStore)) as OrderStore ?? throw new InvalidOperationException("The orders feature is not registered.");
        while ((await orders.ListOpenAsync()).Count > 0)
        {
            if (bot.Time.GetUtcNow() - start > Limit)
            {
                throw new InvalidOperationException($"Orders still open after {Limit} of fake time.");
            }

            bot.Time.Advance(Step);
            await QuiesceAsync(bot);
        }

        watch.Stop();
        var used = Environment.CpuUsage.TotalTime - cpu;
        var captured = await CountAsync(bot, "captured") - before;
        if (captured != users)
        {
            throw new InvalidOperationException($"{users} orders confirmed but {captured} captured ({await CountAsync(bot, "released")} released in all).");
        }

        Console.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"   {users} orders: per order {(bot.Simulator.CountRequests("/createTask") - creates) / (double)users:F2} createTask, {(bot.Simulator.CountRequests("/recordInfo") - polls) / (double)users:F2} recordInfo, {(bot.Chat.Calls - calls) / (double)users:F2} chat calls; {(bot.Time.GetUtcNow() - fakeStart).TotalSeconds:F0} s of fake time"));
        return new ScenarioResult(captured, watch.Elapsed, used);
    }

    private static async Task PrepareAsync(BenchBot bot, long userId)
    {
        await bot.SendTextAsync(userId, "/start");
        await PressAsync(bot, userId, button => button.Data == CallbackData.Generate);
        await PressAsync(bot, userId, button => button.Label.Contains("Images", StringComparison.Ordinal));
        await PressAsync(bot, userId, button => button.Label == "Nano Banana");
        await PressAsync(bot, userId, button => button.Label == "Text to image");
        await bot.SendTextAsync(userId, "a red bicycle leaning on a wall in the snow");
        await PressAsync(bot, userId, button => button.Data == "show_price_confirmation");
        if (bot.Chat.Latest(userId)?.Screen.AllButtons.Any(button => button.Data?.StartsWith("confirm:", StringComparison.Ordinal) == true) != true)
        {
            throw new InvalidOperationException($"User {userId} did not reach the confirmation: {bot.Chat.Latest(userId)?.Screen.Text}");
        }
    }

    private static Task PressAsync(BenchBot bot, long userId, Func<ScreenButton, bool> which)
    {
        var latest = bot.Chat.Latest(userId) ?? throw new InvalidOperationException($"User {userId} sees nothing.");
        var button = latest.Screen.AllButtons.FirstOrDefault(button => button.Data is not null && which(button))
            ?? throw new InvalidOperationException($"User {userId}: no such button on: {latest.Screen.Text}");
        return bot.PressAsync(userId, latest.Message, button.Data!);
    }

    private static Task<long> CountAsync(BenchBot bot, string state) =>
        ((BotDatabase)bot.Services.GetService(typeof(BotDatabase))!).ReadAsync(connection =>
            connection.ScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE state = $state", null, ("$state", state)));

    /// <summary>
    /// Lets the work the last clock step released run to its next timer: done when the thread pool has no queued work
    /// and neither the chat calls nor the simulator's requests moved for three checks, 1 ms apart.
    /// </summary>
    private static async Task QuiesceAsync(BenchBot bot)
    {
        var quiet = 0;
        var last = (-1L, -1);
        while (quiet < 3)
        {
            await Task.Delay(1);
            var now = (bot.Chat.Calls, bot.Simulator.CountRequests("/recordInfo") + bot.Simulator.CountRequests("/createTask"));
            if (now == last && ThreadPool.PendingWorkItemCount == 0)
            {
                quiet++;
            }
            else
            {
                quiet = 0;
                last = now;
            }
        }
    }
}
