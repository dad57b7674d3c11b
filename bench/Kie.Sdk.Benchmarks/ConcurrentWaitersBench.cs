using System.Diagnostics;
using System.Globalization;
using Kie.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Benchmarks;

/// <summary>
/// 10,000 concurrent <see cref="KieClient.WaitForCompletionAsync"/> against the <see cref="KieSimulator"/> on a
/// <see cref="FakeTimeProvider"/>, in two modes: pure polling with <see cref="KieWaitOptions.ForImages"/>, and callbacks
/// (tasks created with a callback URL whose handler calls <see cref="KieClient.NotifyTaskUpdated"/>, waits with
/// <c>CallbacksExpected</c>). Measures recordInfo requests per task against the ideal of one poll right after
/// completion (target ≤ 1.3× with callbacks), and managed memory per waiting task (target &lt; 2 KB): the heap after a
/// full collection while every wait is pending, minus the heap before the waits started (client side), and minus the
/// heap before the tasks were created (total, with the simulator's own task records); and what a finished wait leaves
/// behind. Not a BenchmarkDotNet class: one run of a system, printed as a table (progress on stderr). Usage:
/// <c>-- waiters [count]</c>.
/// </summary>
public static class ConcurrentWaitersBench
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);
    private const string Model = "google/nano-banana";

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        Console.WriteLine($"{count:N0} concurrent waits per mode; image tasks finishing 7-19 s after creation (seeded); clock steps of {Step.TotalMilliseconds} ms.");
        // A small run of each mode first, so JIT work, static caches and pools filled on first use are not counted.
        await RunModeAsync("warm-up", 200, callbacks: false);
        await RunModeAsync("warm-up", 200, callbacks: true);
        var results = new List<ModeResult>
        {
            await RunModeAsync("polling, cold client (ForImages)", count, callbacks: false),
            await RunModeAsync("polling, learned (For(model) after 50 tasks)", count, callbacks: false, learnFrom: 50),
            await RunModeAsync("polling, restarted client taught 32 earlier durations (RecordTaskDuration)", count, callbacks: false, taught: 32),
            await RunModeAsync("callbacks, CallbacksExpected", count, callbacks: true),
        };
        Print(results);
    }

    private static async Task<ModeResult> RunModeAsync(string name, int count, bool callbacks, int learnFrom = 0, int taught = 0)
    {
        // The previous mode's state machine is cleared only once the stack that completed it unwinds; until then it
        // keeps that mode's simulator and statuses alive, and they would be counted here.
        await Task.Yield();
        var watch = Stopwatch.StartNew();
        var time = new FakeTimeProvider(Start);
        var simulatorOptions = new KieSimulatorOptions
        {
            TimeProvider = time,
            CreateRateLimit = 0,
            InitialCredits = 1_000_000_000m,
            // The request log would keep the last 10,000 requests; counts by path are kept regardless.
            RequestLogCapacity = 0,
        };
        using var simulator = new KieSimulator(simulatorOptions);
        var random = new Random(42);
        // Image timings (1 s waiting, 2 s queuing) with 4-16 s generating, so completions spread as they do in real use.
        simulator.AddRule(_ => KieSimulatorOutcome.Slow(TimeSpan.FromSeconds(4 + (random.NextDouble() * 12))));
        using var http = simulator.CreateHttpClient();
        using var client = new KieClient(http, new KieClientOptions { ApiKey = "bench", CreateRateLimit = 0 }, time);
        if (callbacks)
        {
            simulatorOptions.CallbackHandler = (callback, _) =>
            {
                client.NotifyTaskUpdated(callback.TaskId);
                return Task.CompletedTask;
            };
        }

        // A client that has been running a while knows how long this model takes: finish some tasks first.
        await LearnAsync(client, time, simulator, learnFrom);

        // A restarted service: a fresh client told the durations its previous process recorded (same distribution).
        var previousRun = new Random(7);
        for (var i = 0; i < taught; i++)
        {
            client.RecordTaskDuration(Model, TimeSpan.FromSeconds(3 + 4 + (previousRun.NextDouble() * 12)));
        }

        var phaseStart = time.GetUtcNow() - Start;
        var requestsBefore = simulator.CountRequests("/recordInfo");

        var ids = new string[count];
        var waits = new Task<KieTaskStatus>[count];
        var finishedAt = new TimeSpan[count];
        var pending = new List<int>(count);
        var options = callbacks
            ? KieWaitOptions.ForImages with { CallbacksExpected = true }
            : learnFrom > 0 || taught > 0 ? KieWaitOptions.For(Model) : KieWaitOptions.ForImages;
        var callbackUrl = new Uri("https://bot.example.com/kie/callback");

        var beforeTasks = Heap();
        for (var i = 0; i < count; i++)
        {
            var request = new CreateTaskRequest(Model) { CallbackUrl = callbacks ? callbackUrl : null };
            request.Input.Set("prompt", "a red bicycle in the snow").Set("image_size", "16:9");
            ids[i] = await client.CreateTaskAsync(request);
        }

        Console.Error.WriteLine($"  {count} tasks created in {watch.Elapsed.TotalSeconds:F1} s");
        var beforeWaits = Heap();
        for (var i = 0; i < count; i++)
        {
            waits[i] = client.WaitForCompletionAsync(ids[i], options);
            pending.Add(i);
        }

        Console.Error.WriteLine($"  {count} waits started at {watch.Elapsed.TotalSeconds:F1} s");
        await QuiesceAsync(simulator, waits);
        var waiting = Heap();

        // Past every first poll (2 s ± 20 %) and before any task finishes (7 s at the earliest).
        await AdvanceAsync(time, simulator, waits, pending, finishedAt, phaseStart + TimeSpan.FromSeconds(3));
        var afterFirstPoll = Heap();
        var requestsAtThreeSeconds = simulator.CountRequests("/recordInfo") - requestsBefore;

        await AdvanceAsync(time, simulator, waits, pending, finishedAt, phaseStart + Limit);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException($"{pending.Count} waits were still pending after {Limit} of fake time.");
        }

        var lateness = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var status = await waits[i];
            if (!status.IsSucceeded)
            {
                throw new InvalidOperationException($"Task {ids[i]} ended {status.State}.");
            }

            var completesAt = simulator.FindTask(ids[i])!.CompletesAt!.Value - Start;
            lateness.Add((finishedAt[i] - completesAt).TotalSeconds);
        }

        // What a finished wait leaves behind once the caller drops its status: a sleep cut short by a callback leaves
        // its timer armed until it would have fired (the 60 s safety net).
        Array.Clear(waits);
        var leftAtEnd = Heap();
        time.Advance(TimeSpan.FromSeconds(61));
        await QuiesceAsync(simulator, waits);
        var leftAfterMinute = Heap();
        lateness.Sort();
        Console.Error.WriteLine($"  {name}: heap before tasks {beforeTasks:N0}, before waits {beforeWaits:N0}, waiting {waiting:N0}, after first poll {afterFirstPoll:N0}, after all finished {leftAtEnd:N0}, a minute later {leftAfterMinute:N0}");
        return new ModeResult(
            name,
            count,
            simulator.CountRequests("/recordInfo") - requestsBefore,
            requestsAtThreeSeconds,
            lateness.Average(),
            lateness[(int)(lateness.Count * 0.95)],
            (beforeWaits - beforeTasks) / (double)count,
            (waiting - beforeWaits) / (double)count,
            (afterFirstPoll - beforeWaits) / (double)count,
            (Math.Max(waiting, afterFirstPoll) - beforeTasks) / (double)count,
            (leftAtEnd - beforeWaits) / (double)count,
            (leftAfterMinute - beforeWaits) / (double)count,
            watch.Elapsed);
    }

    /// <summary>Creates and finishes <paramref name="count"/> tasks so the client learns the model's durations.</summary>
    private static async Task LearnAsync(KieClient client, FakeTimeProvider time, KieSimulator simulator, int count)
    {
        if (count == 0)
        {
            return;
        }

        var waits = new Task<KieTaskStatus>[count];
        for (var i = 0; i < count; i++)
        {
            var request = new CreateTaskRequest(Model);
            request.Input.Set("prompt", "a red bicycle in the snow").Set("image_size", "16:9");
            waits[i] = client.WaitForCompletionAsync(await client.CreateTaskAsync(request), KieWaitOptions.For(Model));
        }

        await AdvanceAsync(time, simulator, waits, [.. Enumerable.Range(0, count)], new TimeSpan[count], time.GetUtcNow() - Start + Limit);
    }

    /// <summary>Moves the fake clock on in steps until <paramref name="until"/> (fake time since start) or until every wait has finished.</summary>
    private static async Task AdvanceAsync(FakeTimeProvider time, KieSimulator simulator, Task<KieTaskStatus>[] waits, List<int> pending, TimeSpan[] finishedAt, TimeSpan until)
    {
        while (pending.Count > 0 && time.GetUtcNow() - Start < until)
        {
            time.Advance(Step);
            await QuiesceAsync(simulator, waits);
            var now = time.GetUtcNow() - Start;
            if (now.Ticks % (5 * TimeSpan.TicksPerSecond) == 0)
            {
                Console.Error.WriteLine($"  t={now.TotalSeconds:F0}s pending={pending.Count} recordInfo={simulator.CountRequests("/recordInfo")}");
            }

            pending.RemoveAll(index =>
            {
                if (!waits[index].IsCompleted)
                {
                    return false;
                }

                finishedAt[index] = now;
                return true;
            });
        }
    }

    /// <summary>
    /// Lets the continuations the last clock step started run to their next timer: done when the thread pool has no
    /// queued work and neither the request count nor the number of finished waits has moved for three checks (1 ms apart).
    /// </summary>
    private static async Task QuiesceAsync(KieSimulator simulator, Task<KieTaskStatus>[] waits)
    {
        var quiet = 0;
        var last = (-1, -1);
        while (quiet < 3)
        {
            await Task.Delay(1);
            var now = (simulator.CountRequests("/recordInfo"), waits.Count(wait => wait is { IsCompleted: true }));
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

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Print(List<ModeResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| Mode | Waits | recordInfo requests | Requests per task (ideal 1) | Finish seen after completion: mean / p95 | Client memory per waiting task: before / after first poll | Total per task incl. simulator's record | Simulator's record per task | Left per finished wait: at once / 61 s later |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Count:N0} | {r.Requests:N0} | {r.Requests / (double)r.Count:F2}× | {r.MeanLateness:F1} s / {r.P95Lateness:F1} s | {Kb(r.ClientBeforePoll)} / {Kb(r.ClientAfterPoll)} | {Kb(r.Total)} | {Kb(r.SimulatorPerTask)} | {Kb(r.LeftAtEnd)} / {Kb(r.LeftAfterMinute)} |"));
        }

        Console.WriteLine();
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name}: {r.RequestsAtThreeSeconds:N0} requests in the first 3 s; ran in {r.Elapsed.TotalSeconds:F1} s of real time."));
        }
    }

    private static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:F2} KB");

    private sealed record ModeResult(
        string Name,
        int Count,
        int Requests,
        int RequestsAtThreeSeconds,
        double MeanLateness,
        double P95Lateness,
        double SimulatorPerTask,
        double ClientBeforePoll,
        double ClientAfterPoll,
        double Total,
        double LeftAtEnd,
        double LeftAfterMinute,
        TimeSpan Elapsed);
}
