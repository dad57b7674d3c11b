namespace Kie.Sdk;

/// <summary>
/// How <see cref="IKieClient.WaitForCompletionAsync"/> polls: the first poll after <see cref="InitialDelay"/>, then
/// delays growing by <see cref="BackoffFactor"/> up to <see cref="MaxDelay"/>, each varied by ±<see cref="Jitter"/>, never
/// below one second; the whole wait is bounded by <see cref="Timeout"/>. When the task's <see cref="Model"/> is known and
/// the client has seen enough tasks of it finish, the first poll waits for the learned duration instead (see
/// <see cref="LearnedDurationQuantile"/>).
/// </summary>
public sealed record KieWaitOptions
{
    /// <summary>The shortest delay between polls: one second, so KIE's per-task limit (10 per second) is never approached.</summary>
    public static TimeSpan MinimumDelay { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Defaults for images and other quick outputs: 2 s, ×1.5, capped at 10 s, 5 minutes in all.</summary>
    public static KieWaitOptions ForImages { get; } = new();

    /// <summary>Defaults for video: 5 s, ×1.5, capped at 15 s, 15 minutes in all.</summary>
    public static KieWaitOptions ForVideo { get; } = new()
    {
        InitialDelay = TimeSpan.FromSeconds(5),
        MaxDelay = TimeSpan.FromSeconds(15),
        Timeout = TimeSpan.FromMinutes(15),
    };

    /// <summary>The delay before the first poll (a task is never done at once). Default 2 s.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How much each delay grows. Default 1.5.</summary>
    public double BackoffFactor { get; init; } = 1.5;

    /// <summary>The longest delay between polls. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest the whole wait may take; then <see cref="KieWaitTimeoutException"/>. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The random variation of each delay, as a fraction (0.2 = ±20 %), so many waiters do not poll in step. Default 0.2.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>
    /// How long a task KIE does not know yet ("recordInfo is null") is given right after creation before that is an
    /// error (counted from <see cref="TaskCreatedAt"/> when set). Default 90 s.
    /// </summary>
    public TimeSpan NotFoundGracePeriod { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Set when the task was created with a callback URL whose endpoint calls <see cref="KieClient.NotifyTaskUpdated"/>:
    /// the wait then reads the status as soon as the callback arrives, and polls only every
    /// <see cref="CallbackSafetyNetDelay"/> in case a callback is lost (KIE gives up after 3 failed deliveries).
    /// </summary>
    public bool CallbacksExpected { get; init; }

    /// <summary>The delay between safety-net polls when <see cref="CallbacksExpected"/> is set. Default 60 s.</summary>
    public TimeSpan CallbackSafetyNetDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The model the task runs, when known (<see cref="For"/> and <see cref="IKieClient.GenerateAsync"/> set it). With it
    /// the wait can use the durations this client learned for the model.
    /// </summary>
    public string? Model { get; init; }

    /// <summary>
    /// Where the first poll goes once the client has seen at least five tasks of <see cref="Model"/> finish: at this
    /// quantile of their durations (KIE's create → complete times), never earlier than <see cref="InitialDelay"/>.
    /// After a miss, polls follow quickly (a sixth of that duration, at least a second, growing by
    /// <see cref="BackoffFactor"/>). The default 0.8 makes about four in five waits need one poll, at the cost of
    /// finding early finishers a little later; 0 turns learning off (the plain schedule). Ignored when
    /// <see cref="CallbacksExpected"/> is set.
    /// </summary>
    public double LearnedDurationQuantile { get; init; } = 0.8;

    /// <summary>
    /// When the task was created, if the wait starts later than that: resumed after a restart, or created by another
    /// process. A learned first poll (<see cref="LearnedDurationQuantile"/>) then counts from this time, so a task that
    /// has been running for a while is not given a whole learned duration more (once it has run longer than that, the
    /// plain schedule applies), and so does <see cref="NotFoundGracePeriod"/>: a task KIE still does not know long after
    /// its creation is an error at once. <see langword="null"/> (the default) means the task was created just before the
    /// wait.
    /// </summary>
    public DateTimeOffset? TaskCreatedAt { get; init; }

    /// <summary>Told of every status whose state or progress changed, including the final one.</summary>
    public IProgress<KieTaskStatus>? Progress { get; init; }

    /// <summary>The defaults for a model: <see cref="ForVideo"/> for video models, otherwise <see cref="ForImages"/>.</summary>
    /// <param name="model">A model id, or <see langword="null"/> when unknown.</param>
    /// <returns>The preset.</returns>
    public static KieWaitOptions For(string? model) =>
        model is null ? ForImages : (KieModelKinds.IsVideo(model) ? ForVideo : ForImages) with { Model = model };

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    internal void ThrowIfInvalid()
    {
        if (InitialDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialDelay), InitialDelay, "KieWaitOptions.InitialDelay must not be negative.");
        }

        if (MaxDelay < MinimumDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "KieWaitOptions.MaxDelay must be at least one second.");
        }

        if (LearnedDurationQuantile is < 0 or > 1 || double.IsNaN(LearnedDurationQuantile))
        {
            throw new ArgumentOutOfRangeException(nameof(LearnedDurationQuantile), LearnedDurationQuantile, "KieWaitOptions.LearnedDurationQuantile must be between 0 and 1.");
        }

        if (BackoffFactor is < 1 or > 10 || double.IsNaN(BackoffFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "KieWaitOptions.BackoffFactor must be between 1 and 10.");
        }

        if (Jitter is < 0 or > 0.5 || double.IsNaN(Jitter))
        {
            throw new ArgumentOutOfRangeException(nameof(Jitter), Jitter, "KieWaitOptions.Jitter must be between 0 and 0.5.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "KieWaitOptions.Timeout must be positive.");
        }

        if (CallbackSafetyNetDelay < MinimumDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(CallbackSafetyNetDelay), CallbackSafetyNetDelay, "KieWaitOptions.CallbackSafetyNetDelay must be at least one second.");
        }

        if (NotFoundGracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(NotFoundGracePeriod), NotFoundGracePeriod, "KieWaitOptions.NotFoundGracePeriod must not be negative.");
        }
    }
}
