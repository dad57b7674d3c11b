namespace Kie.Sdk.Testing;

/// <summary>
/// How long a simulated task spends in each running state (<c>waiting</c>, <c>queuing</c>, <c>generating</c>) before
/// it finishes. Times are measured on <see cref="KieSimulatorOptions.TimeProvider"/>.
/// </summary>
public sealed record KieSimulatorTimings
{
    /// <summary>Creates timings.</summary>
    /// <param name="waiting">Time in <c>waiting</c>.</param>
    /// <param name="queuing">Time in <c>queuing</c>.</param>
    /// <param name="generating">Time in <c>generating</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative.</exception>
    public KieSimulatorTimings(TimeSpan waiting, TimeSpan queuing, TimeSpan generating)
    {
        Waiting = waiting;
        Queuing = queuing;
        Generating = generating;
    }

    /// <summary>Image models: 1 s waiting, 2 s queuing, 8 s generating.</summary>
    public static KieSimulatorTimings Image { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));

    /// <summary>Video models: 2 s waiting, 8 s queuing, 60 s generating.</summary>
    public static KieSimulatorTimings Video { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(60));

    /// <summary>Audio and speech models: 1 s waiting, 2 s queuing, 15 s generating.</summary>
    public static KieSimulatorTimings Audio { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));

    /// <summary>No waiting at all: a task has finished the moment it is created.</summary>
    public static KieSimulatorTimings Instant { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Time in <c>waiting</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan Waiting { get; init => field = NonNegative(value); }

    /// <summary>Time in <c>queuing</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan Queuing { get; init => field = NonNegative(value); }

    /// <summary>Time in <c>generating</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan Generating { get; init => field = NonNegative(value); }

    /// <summary>The whole run: <see cref="Waiting"/> + <see cref="Queuing"/> + <see cref="Generating"/>.</summary>
    public TimeSpan Total => Waiting + Queuing + Generating;

    private static TimeSpan NonNegative(TimeSpan value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, "A simulated duration cannot be negative.");
}
