using System.Text.RegularExpressions;

namespace Kie.Sdk.Testing.Scripting;

/// <summary>
/// Outcomes scripted from the prompt text, so a person can steer the simulator from a chat (the bot's demo mode):
/// <c>[fail]</c>, <c>[fail:CODE]</c>, <c>[slow]</c>, <c>[unknown]</c>, <c>[5xx]</c>, <c>[never]</c>. Several combine.
/// </summary>
internal static partial class PromptKeywords
{
    /// <summary>How much longer <c>[slow]</c> generates than the model kind's usual time.</summary>
    private const int SlowFactor = 5;

    private static readonly TimeSpan UnknownStateDuration = TimeSpan.FromSeconds(10);

    /// <summary>The outcome the prompt asks for, or <see langword="null"/> when it holds no keyword.</summary>
    /// <param name="prompt">The prompt text.</param>
    /// <param name="timings">The model kind's timings, for <c>[slow]</c>.</param>
    public static KieSimulatorOutcome? Parse(string? prompt, KieSimulatorTimings timings)
    {
        if (string.IsNullOrEmpty(prompt) || !prompt.Contains('['))
        {
            return null;
        }

        KieSimulatorOutcome? outcome = null;
        foreach (Match match in Keyword().Matches(prompt))
        {
            var current = outcome ?? KieSimulatorOutcome.Succeed();
            var code = match.Groups["code"];
            outcome = match.Groups["word"].Value.ToLowerInvariant() switch
            {
                "fail" => current with { Succeeds = false, FailCode = code.Success ? code.Value : "501" },
                "slow" => current with { Generating = timings.Generating * SlowFactor },
                "unknown" => current with { InterimState = "paused", InterimStateDuration = UnknownStateDuration },
                "5xx" => current with { ServerErrors = 1 },
                "never" => current with { Finishes = false },
                _ => current,
            };
        }

        return outcome;
    }

    [GeneratedRegex(@"\[(?<word>fail|slow|unknown|5xx|never)(?::(?<code>[^\]\s]{1,16}))?\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
