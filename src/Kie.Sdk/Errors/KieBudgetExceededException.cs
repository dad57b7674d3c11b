using System.Globalization;

namespace Kie.Sdk;

/// <summary>
/// The client refused to create a task because its estimated credits would break a cap of
/// <see cref="KieClientOptions"/> (<see cref="KieClientOptions.MaxCreditsPerTask"/> or
/// <see cref="KieClientOptions.MaxCreditsPerDay"/>), or because a cap is set and the task's cost cannot be estimated.
/// Nothing was sent to KIE and nothing was spent. Retrying unchanged will not help until the cap is raised or, for
/// <see cref="KieBudgetLimit.PerDay"/>, the next UTC day starts.
/// </summary>
public sealed class KieBudgetExceededException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="model">The API model id of the refused task.</param>
    /// <param name="limit">Which cap refused it.</param>
    /// <param name="maxCredits">The cap, in credits.</param>
    /// <param name="estimatedCredits">The task's estimated credits, or <see langword="null"/> when no price is known for its input.</param>
    /// <param name="spentCredits">For <see cref="KieBudgetLimit.PerDay"/>, the credits of today's submitted tasks before this one.</param>
    /// <param name="message">A message for people; when <see langword="null"/> one is built from the other arguments.</param>
    public KieBudgetExceededException(string model, KieBudgetLimit limit, decimal maxCredits, decimal? estimatedCredits, decimal? spentCredits = null, string? message = null)
        : base(KieErrorDetails.None, message ?? Describe(model, limit, maxCredits, estimatedCredits, spentCredits))
    {
        Model = model;
        Limit = limit;
        MaxCredits = maxCredits;
        EstimatedCredits = estimatedCredits;
        SpentCredits = spentCredits;
    }

    /// <summary>The API model id of the refused task.</summary>
    public string Model { get; }

    /// <summary>Which cap refused the task.</summary>
    public KieBudgetLimit Limit { get; }

    /// <summary>The cap, in credits.</summary>
    public decimal MaxCredits { get; }

    /// <summary>The task's estimated credits from the catalog, or <see langword="null"/> when no price is known for its input.</summary>
    public decimal? EstimatedCredits { get; }

    /// <summary>For <see cref="KieBudgetLimit.PerDay"/>, the credits already submitted today (UTC) before this task; otherwise <see langword="null"/>.</summary>
    public decimal? SpentCredits { get; }

    private static string Describe(string model, KieBudgetLimit limit, decimal max, decimal? estimated, decimal? spent)
    {
        var key = $"{KieClientOptions.SectionName}:{(limit == KieBudgetLimit.PerTask ? nameof(KieClientOptions.MaxCreditsPerTask) : nameof(KieClientOptions.MaxCreditsPerDay))}";
        if (estimated is not { } credits)
        {
            return $"Task for model '{model}' refused: no price is known for its input, so {key} ({Text(max)} credits) cannot be enforced; nothing was sent.";
        }

        return limit == KieBudgetLimit.PerTask
            ? $"Task for model '{model}' refused: estimated at {Text(credits)} credits, over {key} of {Text(max)} credits; nothing was sent."
            : $"Task for model '{model}' refused: estimated at {Text(credits)} credits, it would take today's (UTC) total to {Text((spent ?? 0) + credits)} credits, over {key} of {Text(max)} credits ({Text(spent ?? 0)} already submitted); nothing was sent.";
    }

    // Invariant and without trailing zeros, so "220 credits" reads the same on every machine.
    private static string Text(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
