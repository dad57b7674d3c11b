namespace Kie.Sdk;

/// <summary>What KIE's codes mean for a caller.</summary>
internal static class KieErrorCodes
{
    /// <summary>
    /// Codes a status read can answer that are about the task itself having failed: 501 generation failed, 408 no
    /// result for too long. Only KIE's body code counts: a bare HTTP 408 or 501 from a proxy says nothing about the task.
    /// </summary>
    public static bool IsTaskFailure(KieApiException exception) => exception.KieCode is 501 or 408;
}
