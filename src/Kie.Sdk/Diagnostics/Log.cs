using Microsoft.Extensions.Logging;

namespace Kie.Sdk.Diagnostics;

/// <summary>The SDK's log messages, source-generated. None of them takes the API key or a header.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "KIE {Operation} → HTTP {HttpStatus}, code {KieCode} in {ElapsedMs} ms")]
    public static partial void ApiCall(ILogger logger, string operation, int httpStatus, int? kieCode, long elapsedMs);

    [LoggerMessage(2, LogLevel.Information, "KIE task {TaskId} created for model {Model}")]
    public static partial void TaskCreated(ILogger logger, string taskId, string model);

    [LoggerMessage(3, LogLevel.Information, "KIE task {TaskId} is {State}; next poll in {NextDelayMs} ms")]
    public static partial void StateChanged(ILogger logger, string taskId, string state, long nextDelayMs);

    [LoggerMessage(4, LogLevel.Warning, "KIE task {TaskId} reports a state this SDK does not know: '{RawState}'; still waiting")]
    public static partial void UnknownState(ILogger logger, string taskId, string? rawState);

    [LoggerMessage(5, LogLevel.Warning, "KIE status read for task {TaskId} failed transiently ({Reason}); retrying")]
    public static partial void TransientPollFailure(ILogger logger, string taskId, string reason);

    [LoggerMessage(6, LogLevel.Information, "KIE task {TaskId} finished as {State} after {Polls} status requests")]
    public static partial void WaitFinished(ILogger logger, string taskId, string state, int polls);

    [LoggerMessage(7, LogLevel.Warning, "KIE {Operation} failed: {Message}")]
    public static partial void ApiError(ILogger logger, string operation, string message);

    [LoggerMessage(8, LogLevel.Information, "KIE idempotency key {IdempotencyKey} already produced task {TaskId}; not submitting again")]
    public static partial void IdempotentReplay(ILogger logger, string idempotencyKey, string taskId);

    [LoggerMessage(9, LogLevel.Debug, "KIE task {TaskId} not found yet; within the grace period")]
    public static partial void NotFoundInGrace(ILogger logger, string taskId);
}
