namespace Kie.Sdk;

/// <summary>Maps KIE's state text to <see cref="KieTaskState"/>.</summary>
internal static class KieTaskStateParser
{
    /// <summary>Maps Market state text; unknown or missing text gives <see cref="KieTaskState.Unknown"/>.</summary>
    public static KieTaskState Parse(string? raw) => raw?.Trim().ToLowerInvariant() switch
    {
        "waiting" or "wait" => KieTaskState.Waiting,
        "queuing" or "queueing" => KieTaskState.Queuing,
        "generating" => KieTaskState.Generating,
        "success" => KieTaskState.Success,
        // KIE says "fail"; "failed" appears in third-party docs and is unambiguous, so it is accepted too.
        "fail" or "failed" => KieTaskState.Failed,
        _ => KieTaskState.Unknown,
    };

    /// <summary>Maps the newer numeric <c>successFlag</c> (0 running, 1 success, 2/3 failed) when no state text is present.</summary>
    public static KieTaskState FromSuccessFlag(int flag) => flag switch
    {
        0 => KieTaskState.Generating,
        1 => KieTaskState.Success,
        2 or 3 => KieTaskState.Failed,
        _ => KieTaskState.Unknown,
    };
}
