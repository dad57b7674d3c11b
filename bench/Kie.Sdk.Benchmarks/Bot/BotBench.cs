using System.Globalization;

namespace Kie.Sdk.Benchmarks.Bot;

/// <summary>
/// Updates per second through <c>BotEngine.HandleAsync</c> with the real SQLite store (a temporary file) and a no-op
/// chat gateway, in two scenarios: (1) menu navigation by many users at once (target ≥ 1,000/s); (2) confirmed
/// generations against the simulator on a fake clock, from Confirm to the captured payment (target ≥ 200/s). Not a
/// BenchmarkDotNet class: one run of a system, printed as lines. Usage: <c>-- bot [users] [rounds] [generations] [orders at once]</c>
/// (0 users or 0 generations skips that scenario).
/// </summary>
public static class BotBench
{
    public static async Task RunAsync(string[] args)
    {
        var users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var generations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000;
        // Default: the bot's own Bot:OrderConcurrency default.
        var orderConcurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : new Kie.Samples.TelegramBot.Hosting.BotOptions().OrderConcurrency;
        Console.WriteLine($"Bot engine: {Environment.ProcessorCount} CPU(s), load average {LoadAverage()}, SQLite in {Path.GetTempPath()}; menus: {users} users x {rounds} rounds; generations: {generations}, {orderConcurrency} at once.");

        if (users > 0)
        {
            await using var bot = await BenchBot.StartAsync();
            // Warm-up: JIT, the catalog's keys, SQLite's first pages and pools.
            await MenuWalk.RunAsync(bot, 20, 2, firstUserId: 1_000_000);
            var menus = await MenuWalk.RunAsync(bot, users, rounds, firstUserId: 1);
            Print("1. menu navigation", menus, 1_000, "updates");
            Console.WriteLine("   presses per step: " + string.Join(", ", MenuWalk.Pressed.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")));
        }

        if (generations > 0)
        {
            // Arguments after the fourth are configuration overrides (key=value), to see what a feature costs.
            var settings = args.Skip(4).Select(arg => arg.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => (string?)pair[1]);
            settings["Bot:OrderConcurrency"] = orderConcurrency.ToString(CultureInfo.InvariantCulture);
            await using var bot = await BenchBot.StartAsync(settings);
            await GenerationRun.RunAsync(bot, 20, firstUserId: 1_000_000);
            var orders = await GenerationRun.RunAsync(bot, generations, firstUserId: 1);
            Print("2. confirmed generations", orders, 200, "generations");
        }
    }

    // Other processes on the machine share its CPUs; say how busy it was, as the wall-clock figures depend on it.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static void Print(string name, ScenarioResult result, int target, string unit)
    {
        var verdict = result.PerSecond >= target ? "meets" : "BELOW";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-26} {result.Updates,8:N0} {unit} in {result.Elapsed.TotalSeconds,6:F2} s = {result.PerSecond,7:N0}/s ({verdict} the target of {target:N0}/s); CPU {result.Cpu.TotalSeconds:F2} s = {result.PerCpuSecond:N0} per CPU-second"));
    }
}
