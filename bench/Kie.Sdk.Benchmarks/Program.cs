using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Kie.Sdk.Benchmarks -- --filter "*"` runs every benchmark;
// `-- waiters` runs the 10,000-concurrent-waiters measurement, which is a bench program rather than a BenchmarkDotNet class.
if (args is ["waiters", ..])
{
    await Kie.Sdk.Benchmarks.ConcurrentWaitersBench.RunAsync(args[1..]);
    return;
}

// `-- bot` runs the sample bot's engine throughput (menu navigation, confirmed generations); also a bench program.
if (args is ["bot", ..])
{
    await Kie.Sdk.Benchmarks.Bot.BotBench.RunAsync(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
