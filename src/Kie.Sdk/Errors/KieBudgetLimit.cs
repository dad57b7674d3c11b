namespace Kie.Sdk;

/// <summary>Which credit cap of <see cref="KieClientOptions"/> refused a task.</summary>
public enum KieBudgetLimit
{
    /// <summary><see cref="KieClientOptions.MaxCreditsPerTask"/>: the task alone costs more than one task may.</summary>
    PerTask = 0,

    /// <summary><see cref="KieClientOptions.MaxCreditsPerDay"/>: the task would take today's (UTC) total over the cap.</summary>
    PerDay,
}
