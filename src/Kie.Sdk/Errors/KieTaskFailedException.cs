namespace Kie.Sdk;

/// <summary>A task ended without results (or was expected to have succeeded but had not). <see cref="Status"/> says why.</summary>
public sealed class KieTaskFailedException : KieApiException
{
    /// <summary>Creates the exception for a task's last known status.</summary>
    /// <param name="status">The task's status.</param>
    /// <param name="message">A message for people; when <see langword="null"/> one is built from the status.</param>
    public KieTaskFailedException(KieTaskStatus status, string? message = null)
        : base(DetailsOf(status), message ?? DescribeStatus(status))
    {
        Status = status;
    }

    /// <summary>The task's last known status.</summary>
    public KieTaskStatus Status { get; }

    /// <summary>KIE's failure code for the task, as text.</summary>
    public string? FailCode => Status.FailCode;

    /// <summary>KIE's failure message for the task.</summary>
    public string? FailMessage => Status.FailMessage;

    private static KieErrorDetails DetailsOf(KieTaskStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new KieErrorDetails(
            KieCode: int.TryParse(status.FailCode, out var code) ? code : null,
            KieMessage: status.FailMessage,
            TaskId: status.TaskId);
    }

    private static string DescribeStatus(KieTaskStatus status) => status.State == KieTaskState.Failed
        ? $"Task {status.TaskId} failed: code {(string.IsNullOrEmpty(status.FailCode) ? "none" : status.FailCode)}" +
          (string.IsNullOrWhiteSpace(status.FailMessage) ? "." : $" ({status.FailMessage.Trim()}).")
        : $"Task {status.TaskId} has not succeeded: state {status.RawState ?? status.State.ToString()}.";
}
