namespace Kie.Sdk;

/// <summary>The outcome of <see cref="KieCallback.Verify(ReadOnlySpan{byte}, string?, string?, string?, TimeProvider, TimeSpan?, string?)"/>.</summary>
/// <param name="Failure">Why verification failed, or <see cref="KieCallbackVerificationFailure.None"/>.</param>
/// <param name="Reason">A sentence for logs saying why (never contains a secret).</param>
/// <param name="TaskId">The task id the signature covered (or would have), when the body had one.</param>
public sealed record KieCallbackVerification(KieCallbackVerificationFailure Failure, string Reason, string? TaskId)
{
    /// <summary><see langword="true"/> when the signature is valid and fresh. Still only a hint: confirm the task's state with <see cref="IKieClient.GetStatusAsync"/> before acting.</summary>
    public bool IsValid => Failure == KieCallbackVerificationFailure.None;
}
