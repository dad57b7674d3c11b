namespace Kie.Sdk.Testing.Tasks;

/// <summary>Where a task is at a moment: its state text, since when (offset from creation), and whether it is final.</summary>
internal readonly record struct TaskPhase(string State, TimeSpan Since, bool IsFinal);

/// <summary>
/// A task's plan, fixed at creation: offsets from the creation time at which each state ends. The state at any time
/// is computed from it, so nothing has to run while a task "progresses".
/// </summary>
internal readonly record struct TaskTimeline(
    TimeSpan WaitingEnd,
    TimeSpan QueuingEnd,
    TimeSpan InterimEnd,
    TimeSpan GeneratingEnd,
    string? InterimState,
    bool Finishes,
    bool Succeeds)
{
    public const string Waiting = "waiting";
    public const string Queuing = "queuing";
    public const string Generating = "generating";
    public const string Success = "success";
    public const string Fail = "fail";

    /// <summary>The offset of completion, or <see langword="null"/> for a task that never finishes.</summary>
    public TimeSpan? Duration => Finishes ? GeneratingEnd : null;

    public static TaskTimeline Plan(KieSimulatorTimings timings, KieSimulatorOutcome outcome)
    {
        var waitingEnd = timings.Waiting;
        var queuingEnd = waitingEnd + timings.Queuing;
        var interimEnd = queuingEnd + (outcome.InterimState is null ? TimeSpan.Zero : outcome.InterimStateDuration);
        var generatingEnd = interimEnd + (outcome.Generating ?? timings.Generating);
        return new(waitingEnd, queuingEnd, interimEnd, generatingEnd, outcome.InterimState, outcome.Finishes, outcome.Succeeds);
    }

    public TaskPhase At(TimeSpan elapsed)
    {
        if (elapsed < WaitingEnd)
        {
            return new(Waiting, TimeSpan.Zero, false);
        }

        if (elapsed < QueuingEnd)
        {
            return new(Queuing, WaitingEnd, false);
        }

        if (elapsed < InterimEnd && InterimState is not null)
        {
            return new(InterimState, QueuingEnd, false);
        }

        if (elapsed < GeneratingEnd || !Finishes)
        {
            return new(Generating, InterimEnd, false);
        }

        return new(Succeeds ? Success : Fail, GeneratingEnd, true);
    }
}
