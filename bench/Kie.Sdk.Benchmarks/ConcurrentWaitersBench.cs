namespace Kie.Sdk.Benchmarks;

public static class ConcurrentWaitersBench
{
    public static Task RunAsync(string[] args) => Task.CompletedTask;
}
