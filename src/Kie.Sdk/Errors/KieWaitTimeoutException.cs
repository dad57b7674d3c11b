namespace Kie.Sdk;

/// <summary>
/// Waiting for a task reached its overall timeout (<see cref="KieWaitOptions.Timeout"/>). The task itself was not
/// cancelled and may still finish: resume later with <see cref="IKieClient.WaitForCompletionAsync"/> and
/// <see cref="KieApiException.TaskId"/>, or wait for its callback.
/// </summary>
public sealed class KieWaitTimeoutException : KieApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task that did not finish in time.</param>
    /// <param name="timeout">The overall timeout that was reached.</param>
    /// <param name="lastStatus">The last status read, or <see langword="null"/> when none could be read.</param>
    public KieWaitTimeoutException(string taskId, TimeSpan timeout, KieTaskStatus? lastStatus)
        : base(
            new KieErrorDetails(TaskId: taskId),
            $"Task {taskId} did not finish within KieWaitOptions.Timeout ({timeout}); last state {lastStatus?.RawState ?? lastStatus?.State.ToString() ?? "not read"}. The task was not cancelled: wait again with the same id to resume.",
            isTransient: true)
    {
        Timeout = timeout;
        LastStatus = lastStatus;
    }

    /// <summary>The overall timeout that was reached.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The last status read before the timeout, or <see langword="null"/> when none could be read.</summary>
    public KieTaskStatus? LastStatus { get; }
}
