namespace Kie.Sdk.Testing;

/// <summary>
/// How a simulated task ends and what happens on the way. Start from a factory (<see cref="Succeed"/>,
/// <see cref="Fail"/>, …) and combine with <c>with</c>, e.g. <c>KieSimulatorOutcome.Slow(TimeSpan.FromMinutes(2)) with { ServerErrors = 1 }</c>.
/// </summary>
public sealed record KieSimulatorOutcome
{
    /// <summary>Whether the task ends in <c>success</c> (<see langword="true"/>, the default) or <c>fail</c>.</summary>
    public bool Succeeds { get; init; } = true;

    /// <summary>Whether the task ever ends. <see langword="false"/> keeps it <c>generating</c> for ever.</summary>
    public bool Finishes { get; init; } = true;

    /// <summary>
    /// How many result files a successful task has; <see langword="null"/> (the default) reads <c>num_images</c>,
    /// <c>max_images</c>, <c>n</c> or <c>num_outputs</c> from the input (1 to 4), else 1.
    /// </summary>
    public int? Outputs { get; init; }

    /// <summary>The <c>failCode</c> of a failed task. Default <c>501</c>.</summary>
    public string FailCode { get; init; } = "501";

    /// <summary>The <c>failMsg</c> of a failed task. Default "Generation failed".</summary>
    public string FailMessage { get; init; } = "Generation failed";

    /// <summary>Time in <c>generating</c>, replacing the model kind's <see cref="KieSimulatorTimings.Generating"/>; <see langword="null"/> keeps it.</summary>
    public TimeSpan? Generating { get; init; }

    /// <summary>A state text to report between <c>queuing</c> and <c>generating</c> (one the SDK does not know, such as <c>paused</c>); <see langword="null"/> for none.</summary>
    public string? InterimState { get; init; }

    /// <summary>How long <see cref="InterimState"/> is reported.</summary>
    public TimeSpan InterimStateDuration { get; init; }

    /// <summary>How many of the first recordInfo calls for the task answer HTTP 500 before the normal answers.</summary>
    public int ServerErrors { get; init; }

    /// <summary>The credits a success costs, overriding <see cref="KieSimulatorOptions.PriceOf"/>; <see langword="null"/> keeps the price of the model.</summary>
    public decimal? Price { get; init; }

    /// <summary>
    /// When set, createTask refuses the task: it answers HTTP 200 with this body <c>code</c> and
    /// <see cref="RefusalMessage"/> and creates nothing (as KIE does for, say, a flagged prompt).
    /// </summary>
    public int? RefusalCode { get; init; }

    /// <summary>The <c>msg</c> of a refusal; see <see cref="RefusalCode"/>.</summary>
    public string RefusalMessage { get; init; } = "The request was refused.";

    /// <summary>The task succeeds after the usual timings.</summary>
    /// <param name="outputs">How many result files; <see langword="null"/> reads the input (see <see cref="Outputs"/>).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outputs"/> is less than 1.</exception>
    public static KieSimulatorOutcome Succeed(int? outputs = null)
    {
        if (outputs is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(outputs));
        }

        return new() { Outputs = outputs };
    }

    /// <summary>The task ends in state <c>fail</c> after the usual timings; it consumes no credits.</summary>
    /// <param name="failCode">The <c>failCode</c>.</param>
    /// <param name="failMessage">The <c>failMsg</c>.</param>
    /// <returns>The outcome.</returns>
    public static KieSimulatorOutcome Fail(string failCode = "501", string failMessage = "Generation failed") =>
        new() { Succeeds = false, FailCode = failCode, FailMessage = failMessage };

    /// <summary>The task succeeds after a longer <c>generating</c>.</summary>
    /// <param name="generating">Time in <c>generating</c>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="generating"/> is negative.</exception>
    public static KieSimulatorOutcome Slow(TimeSpan generating)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generating, TimeSpan.Zero);
        return new() { Generating = generating };
    }

    /// <summary>The task reports a state the SDK does not know for a while, then goes on and succeeds.</summary>
    /// <param name="rawState">The state text, e.g. <c>paused</c>.</param>
    /// <param name="duration">How long it is reported.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="rawState"/> is empty, or <paramref name="duration"/> is negative.</exception>
    public static KieSimulatorOutcome UnknownState(string rawState, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rawState);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return new() { InterimState = rawState, InterimStateDuration = duration };
    }

    /// <summary>The first recordInfo call for the task answers HTTP 500; later calls are normal and the task succeeds.</summary>
    /// <returns>The outcome.</returns>
    public static KieSimulatorOutcome ServerErrorOnce() => new() { ServerErrors = 1 };

    /// <summary>The task stays <c>generating</c> for ever (for timeout tests).</summary>
    /// <returns>The outcome.</returns>
    public static KieSimulatorOutcome NeverFinishes() => new() { Finishes = false };

    /// <summary>createTask refuses the task with a body code (HTTP 200) and creates nothing.</summary>
    /// <param name="code">The body <c>code</c>, e.g. 400 or 422.</param>
    /// <param name="message">The body <c>msg</c>.</param>
    /// <returns>The outcome.</returns>
    public static KieSimulatorOutcome Refuse(int code, string message) => new() { RefusalCode = code, RefusalMessage = message };
}
