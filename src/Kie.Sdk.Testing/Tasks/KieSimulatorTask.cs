using System.Text.Json;
using Kie.Sdk.Testing.Files;
using Kie.Sdk.Testing.Tasks;

namespace Kie.Sdk.Testing;

/// <summary>
/// A task the simulator created, for assertions: its request, scripted outcome, current state (computed from the
/// simulator's clock when read), price and what happened to it (charged, polled, called back).
/// </summary>
public sealed class KieSimulatorTask
{
    private readonly TimeProvider _time;
    private int _serverErrorsLeft;
    private int _settled;
    private int _statusReads;
    private int _callbackAttempts;
    private int _callbackDelivered;

    internal KieSimulatorTask(
        long sequence,
        string model,
        string inputJson,
        string? prompt,
        Uri? callbackUrl,
        DateTimeOffset createdAt,
        KieSimulatorOutcome outcome,
        MediaKind kind,
        KieSimulatorTimings timings,
        decimal price,
        int outputs,
        TimeProvider time)
    {
        Sequence = sequence;
        TaskId = TaskIds.For(sequence);
        Model = model;
        InputJson = inputJson;
        Prompt = prompt;
        CallbackUrl = callbackUrl;
        CreatedAt = createdAt;
        Outcome = outcome;
        Kind = kind;
        Timeline = TaskTimeline.Plan(timings, outcome);
        Price = price;
        OutputCount = outputs;
        _time = time;
        _serverErrorsLeft = outcome.ServerErrors;
    }

    /// <summary>The task id (32 hex digits).</summary>
    public string TaskId { get; }

    /// <summary>The model id, as sent.</summary>
    public string Model { get; }

    /// <summary>The input object, keys and values exactly as sent (read-only; parsed on each read).</summary>
    public JsonElement Input
    {
        get
        {
            using var document = JsonDocument.Parse(InputJson);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The <c>callBackUrl</c> the task was created with, if any.</summary>
    public Uri? CallbackUrl { get; }

    /// <summary>When the task was created, on the simulator's clock.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The outcome chosen at creation (by a rule, a prompt keyword, or success by default).</summary>
    public KieSimulatorOutcome Outcome { get; }

    /// <summary>The state recordInfo would report now: <c>waiting</c>, <c>queuing</c>, <c>generating</c>, <c>success</c>, <c>fail</c>, or a scripted unknown state.</summary>
    public string State => PhaseAt(_time.GetUtcNow()).State;

    /// <summary>Whether the task has reached <c>success</c> or <c>fail</c> by now.</summary>
    public bool IsFinished => PhaseAt(_time.GetUtcNow()).IsFinal;

    /// <summary>When the task finishes (or finished); <see langword="null"/> when it never does.</summary>
    public DateTimeOffset? CompletesAt => Timeline.Duration is { } duration ? CreatedAt + duration : null;

    /// <summary>The credits a success costs (nothing is charged for a failure).</summary>
    public decimal Price { get; }

    /// <summary>The credits actually deducted for the task: <see cref="Price"/> once it has succeeded, else 0.</summary>
    public decimal CreditsCharged => Volatile.Read(ref _settled) == 1 && Timeline.Succeeds ? Price : 0m;

    /// <summary>The result URLs, once the task has succeeded; empty before and for failures.</summary>
    public IReadOnlyList<Uri> ResultUrls => PhaseAt(_time.GetUtcNow()) is { IsFinal: true } && Timeline.Succeeds ? ResultFiles.UrlsOf(this) : [];

    /// <summary>How many recordInfo requests asked about the task.</summary>
    public int StatusReads => Volatile.Read(ref _statusReads);

    /// <summary>How many times the callback handler was invoked for the task (retries included).</summary>
    public int CallbackAttempts => Volatile.Read(ref _callbackAttempts);

    /// <summary>Whether the callback handler accepted the task's callback.</summary>
    public bool CallbackDelivered => Volatile.Read(ref _callbackDelivered) == 1;

    internal long Sequence { get; }

    internal string InputJson { get; }

    internal string? Prompt { get; }

    internal MediaKind Kind { get; }

    internal TaskTimeline Timeline { get; }

    internal int OutputCount { get; }

    internal TaskPhase PhaseAt(DateTimeOffset now) => Timeline.At(now - CreatedAt);

    /// <summary>True exactly once: the first caller settles the task (charges it, sends its callback).</summary>
    internal bool TryMarkSettled() => Interlocked.Exchange(ref _settled, 1) == 0;

    /// <summary>Counts a recordInfo read and says whether it must answer HTTP 500 (scripted server errors).</summary>
    internal bool CountStatusReadAndTakeServerError()
    {
        Interlocked.Increment(ref _statusReads);
        if (Volatile.Read(ref _serverErrorsLeft) <= 0)
        {
            return false;
        }

        return Interlocked.Decrement(ref _serverErrorsLeft) >= 0;
    }

    internal void CountCallbackAttempt() => Interlocked.Increment(ref _callbackAttempts);

    internal void MarkCallbackDelivered() => Volatile.Write(ref _callbackDelivered, 1);
}
