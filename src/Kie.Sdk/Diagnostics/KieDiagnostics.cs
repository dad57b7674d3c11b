using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Kie.Sdk.Diagnostics;

/// <summary>
/// The SDK's tracing and metrics, both named <c>Kie.Sdk</c>. Always on; with no listener attached they cost next to
/// nothing. Tags carry task ids, model ids and states, never the API key.
/// </summary>
internal static class KieDiagnostics
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "Kie.Sdk";

    /// <summary>Spans: <c>kie.create_task</c>, <c>kie.get_status</c>, <c>kie.wait</c>, <c>kie.upload</c>.</summary>
    public static readonly ActivitySource ActivitySource = new(Name, typeof(KieDiagnostics).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(KieDiagnostics).Assembly.GetName().Version?.ToString());

    /// <summary>Tasks created, tagged by model.</summary>
    public static readonly Counter<long> TasksCreated = Meter.CreateCounter<long>("kie.tasks.created", "{task}", "Tasks created.");

    /// <summary>Waits that ended, tagged by model and final state (success, failed, timeout).</summary>
    public static readonly Counter<long> TasksCompleted = Meter.CreateCounter<long>("kie.tasks.completed", "{task}", "Waits that ended, by final state.");

    /// <summary>How long waits took from their start to the final status.</summary>
    public static readonly Histogram<double> TaskDuration = Meter.CreateHistogram<double>("kie.task.duration", "s", "Time from the start of a wait to its final status.");

    /// <summary>Status requests made by one wait.</summary>
    public static readonly Histogram<long> PollsPerTask = Meter.CreateHistogram<long>("kie.task.polls", "{request}", "Status requests made by one wait.");

    /// <summary>How long creates waited in the client-side rate limiter.</summary>
    public static readonly Histogram<double> CreateQueueTime = Meter.CreateHistogram<double>("kie.create.queue_time", "s", "Time a create waited for the client-side rate limiter.");

    /// <summary>Creates waiting in the client-side rate limiter right now.</summary>
    public static readonly UpDownCounter<long> CreatesQueued = Meter.CreateUpDownCounter<long>("kie.create.queued", "{request}", "Creates waiting for the client-side rate limiter.");

    /// <summary>API errors, tagged by operation and KIE code.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>("kie.errors", "{error}", "API calls that failed, by operation and code.");
}
