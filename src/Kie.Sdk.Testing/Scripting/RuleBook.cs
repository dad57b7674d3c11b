namespace Kie.Sdk.Testing.Scripting;

/// <summary>Decides each new task's outcome: rules added by the test first, in order, then prompt keywords, then success.</summary>
internal sealed class RuleBook
{
    private readonly Lock _gate = new();

    // Copy-on-write: creates read the array without a lock, rules are added rarely.
    private Func<KieSimulatorTaskContext, KieSimulatorOutcome?>[] _rules = [];

    public void Add(Func<KieSimulatorTaskContext, KieSimulatorOutcome?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules = [.. _rules, rule];
        }
    }

    public KieSimulatorOutcome Resolve(KieSimulatorTaskContext context, KieSimulatorTimings timings)
    {
        foreach (var rule in Volatile.Read(ref _rules))
        {
            if (rule(context) is { } outcome)
            {
                return outcome;
            }
        }

        return PromptKeywords.Parse(context.Prompt, timings) ?? KieSimulatorOutcome.Succeed();
    }
}
