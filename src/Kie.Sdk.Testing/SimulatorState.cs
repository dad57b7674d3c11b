using System.Collections.Concurrent;
using Kie.Sdk.Testing.Callbacks;
using Kie.Sdk.Testing.Files;
using Kie.Sdk.Testing.Http;
using Kie.Sdk.Testing.Inspection;
using Kie.Sdk.Testing.Scripting;
using Kie.Sdk.Testing.Tasks;

namespace Kie.Sdk.Testing;

/// <summary>Everything one simulated KIE account holds, shared by the endpoints. Each part is thread-safe on its own.</summary>
internal sealed class SimulatorState : IDisposable
{
    private readonly ConcurrentDictionary<string, KieSimulatorTask> _tasks = new(StringComparer.Ordinal);
    private long _lastSequence;

    public SimulatorState(KieSimulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Credits = new CreditAccount(options.InitialCredits);
        Files = new FileHosting(FindTask, Uploads, Time);
        Callbacks = new CallbackDispatcher(options, Time);
        Scheduler = new CompletionScheduler(Time, Settle);
    }

    public KieSimulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public CreditAccount Credits { get; }

    public CreateRateLimiter CreateLimiter { get; } = new();

    public RuleBook Rules { get; } = new();

    public FaultQueue Faults { get; } = new();

    public RequestLog Log { get; } = new();

    public UploadStore Uploads { get; } = new();

    public FileHosting Files { get; }

    public CallbackDispatcher Callbacks { get; }

    public CompletionScheduler Scheduler { get; }

    public IReadOnlyCollection<KieSimulatorTask> Tasks => [.. _tasks.Values.OrderBy(task => task.Sequence)];

    public KieSimulatorTask? FindTask(string taskId) => _tasks.GetValueOrDefault(taskId);

    /// <summary>Registers a new task and, if it ever finishes, schedules its settlement.</summary>
    public KieSimulatorTask AddTask(Func<long, KieSimulatorTask> create)
    {
        var task = create(Interlocked.Increment(ref _lastSequence));
        _tasks[task.TaskId] = task;
        if (task.CompletesAt is { } due)
        {
            Scheduler.Schedule(task, due);
        }

        return task;
    }

    /// <summary>
    /// Charges a finished task (successes only) and sends its callback, exactly once however many times it is called:
    /// by the scheduler when the completion time passes, or by recordInfo when it first sees the task finished.
    /// </summary>
    public void Settle(KieSimulatorTask task)
    {
        if (!task.TryMarkSettled())
        {
            return;
        }

        if (task.Timeline.Succeeds)
        {
            Credits.Deduct(task.Price);
        }

        Callbacks.Deliver(task);
    }

    public void Dispose() => Scheduler.Dispose();
}
