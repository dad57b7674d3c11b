using System.Diagnostics;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Sdk.Benchmarks.Bot;

/// <summary>
/// Scenario 1: many users browsing the menus at once. Each user sends /start, then round after round presses
/// Generate → a category → a model → a mode → a parameter → a value → Back → Cancel, picking different buttons per user
/// and round, so every press is a real lookup of short keys, a session load and save, and an edited screen.
/// </summary>
internal static class MenuWalk
{
    // The menus' callback data prefixes, in the order a user walks them; a step whose button is not on screen (a model
    // with one mode goes straight to its parameters) is skipped. "text" answers the questions for required parameters
    // (the prompt first) until the parameter overview appears.
    private static readonly string[] Steps = ["menu:generate", "category:", "model:", "mode:", "text", "param_input:", "set_param:", "params", "menu:cancel"];
    private const int MostAnswers = 3;

    public static async Task<ScenarioResult> RunAsync(BenchBot bot, int users, int rounds, long firstUserId)
    {
        Pressed.Clear();
        var updates = 0L;
        var watch = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        await Task.WhenAll(Enumerable.Range(0, users).Select(index => Task.Run(async () =>
        {
            var userId = firstUserId + index;
            var sent = await WalkAsync(bot, userId, rounds);
            Interlocked.Add(ref updates, sent);
        })));
        watch.Stop();
        return new ScenarioResult(updates, watch.Elapsed, Environment.CpuUsage.TotalTime - cpu);
    }

    /// <summary>How many presses each step made in the last run (a walk that never reaches a step shows 0 there).</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, long> Pressed { get; } = new();

    private static async Task<long> WalkAsync(BenchBot bot, long userId, int rounds)
    {
        await bot.SendTextAsync(userId, "/start");
        var sent = 1L;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var prefix in Steps)
            {
                if (bot.Chat.Latest(userId) is not { } latest)
                {
                    break;
                }

                if (prefix == "text")
                {
                    sent += await AnswerQuestionsAsync(bot, userId);
                    continue;
                }

                var choices = latest.Screen.AllButtons.Where(button => button.Data is { } data && (data == prefix || data.StartsWith(prefix, StringComparison.Ordinal))).ToArray();
                if (choices.Length == 0)
                {
                    continue;
                }

                var choice = choices[(int)((userId + round) % choices.Length)];
                await bot.PressAsync(userId, latest.Message, choice.Data!);
                Pressed.AddOrUpdate(prefix, 1, (_, count) => count + 1);
                sent++;
            }

            // Whatever screen the walk ended on, the next round starts from the main menu.
            if (bot.Chat.Latest(userId) is not { } end || !end.Screen.AllButtons.Any(button => button.Data == CallbackData.Generate))
            {
                await bot.SendTextAsync(userId, "/start");
                sent++;
            }
        }

        return sent;
    }

    private static async Task<int> AnswerQuestionsAsync(BenchBot bot, long userId)
    {
        var answers = 0;
        while (answers < MostAnswers && bot.Chat.Latest(userId) is { } latest && !latest.Screen.AllButtons.Any(button => button.Data?.StartsWith("param_input:", StringComparison.Ordinal) == true))
        {
            await bot.SendTextAsync(userId, "a red bicycle leaning on a wall in the snow");
            Pressed.AddOrUpdate("text", 1, (_, count) => count + 1);
            answers++;
        }

        return answers;
    }
}

/// <summary>What a scenario did and how long it took.</summary>
/// <param name="Updates">Updates handled (or generations captured).</param>
/// <param name="Elapsed">Real time.</param>
/// <param name="Cpu">Processor time the whole process used meanwhile (all threads), to compare runs on a shared machine.</param>
internal sealed record ScenarioResult(long Updates, TimeSpan Elapsed, TimeSpan Cpu)
{
    public double PerSecond => Updates / Elapsed.TotalSeconds;

    public double PerCpuSecond => Updates / Cpu.TotalSeconds;
}
