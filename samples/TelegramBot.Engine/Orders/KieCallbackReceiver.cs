using Kie.Sdk;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Handles the callbacks KIE posts when a task finishes. With <c>Kie:CallbackSecret</c> set it verifies the signature
/// with <see cref="KieCallback.Verify"/> and refuses anything that does not verify (fail-closed); without one, a callback
/// is only an unverified hint. Either way it never charges or delivers on the callback's word: it looks the task up
/// among waiting orders, confirms its state with KIE (<see cref="IKieClient.GetStatusAsync"/>), and wakes the order's
/// wait (<see cref="KieClient.NotifyTaskUpdated"/>), which reads the status itself and does the rest.
/// </summary>
public sealed partial class KieCallbackReceiver
{
    private readonly IKieClient _kie;
    private readonly OrderStore _orders;
    private readonly KieCallbackSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<KieCallbackReceiver> _logger;

    /// <summary>Creates the receiver.</summary>
    /// <param name="kie">The KIE client.</param>
    /// <param name="orders">The order store.</param>
    /// <param name="settings">The callback settings (secret).</param>
    /// <param name="time">The clock (signature age).</param>
    /// <param name="logger">The logger.</param>
    public KieCallbackReceiver(IKieClient kie, OrderStore orders, KieCallbackSettings settings, TimeProvider time, ILogger<KieCallbackReceiver> logger)
    {
        _kie = kie;
        _orders = orders;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    /// <summary>Handles one callback request.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="timestampHeader">The <c>X-Webhook-Timestamp</c> header, if any.</param>
    /// <param name="signatureHeader">The <c>X-Webhook-Signature</c> header, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The outcome; its <see cref="KieCallbackOutcome.StatusCode"/> is the HTTP answer.</returns>
    public async Task<KieCallbackOutcome> HandleAsync(ReadOnlyMemory<byte> body, string? timestampHeader, string? signatureHeader, CancellationToken cancellationToken = default)
    {
        string? signedTaskId = null;
        if (_settings.Secret is { } secret)
        {
            var verification = KieCallback.Verify(body.Span, timestampHeader, signatureHeader, secret, _time);
            if (!verification.IsValid)
            {
                LogRefused(verification.Failure, verification.Reason);
                return verification.Failure == KieCallbackVerificationFailure.MalformedBody
                    ? new KieCallbackOutcome(KieCallbackResult.Malformed, verification.Reason)
                    : new KieCallbackOutcome(KieCallbackResult.Unauthorized, verification.Reason, verification.TaskId);
            }

            signedTaskId = verification.TaskId;
        }

        KieTaskStatus reported;
        try
        {
            reported = KieCallback.Parse(body.Span);
        }
        catch (KieInvalidResponseException error)
        {
            LogMalformed(error.Message);
            return new KieCallbackOutcome(KieCallbackResult.Malformed, error.Message);
        }

        var taskId = reported.TaskId;
        if (signedTaskId is not null && !string.Equals(signedTaskId, taskId, StringComparison.Ordinal))
        {
            return new KieCallbackOutcome(KieCallbackResult.Unauthorized, "The signature covers another task.", taskId);
        }

        var orderId = await _orders.FindByTaskIdAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (orderId is null)
        {
            // The order may be storing this task id right now, its wait already running: waking it costs one status
            // read by the wait itself, which believes KIE, not this callback.
            return Notify(taskId)
                ? new KieCallbackOutcome(KieCallbackResult.Accepted, "A wait for the task was woken; its order is being stored.", taskId)
                : new KieCallbackOutcome(KieCallbackResult.Ignored, "No order waits for this task.", taskId);
        }

        try
        {
            var confirmed = await _kie.GetStatusAsync(taskId, cancellationToken).ConfigureAwait(false);
            if (!confirmed.IsCompleted)
            {
                return new KieCallbackOutcome(KieCallbackResult.Ignored, $"KIE reports the task as {confirmed.RawState ?? confirmed.State.ToString()}; the wait goes on.", taskId, orderId);
            }
        }
        catch (KieApiException error)
        {
            // KIE could not confirm now: wake the wait anyway, it reads the status itself (and rides out transient errors).
            LogConfirmFailed(taskId, error.Message);
        }

        var woken = Notify(taskId);
        LogAccepted(taskId, orderId, _settings.Secret is not null, woken);
        return new KieCallbackOutcome(KieCallbackResult.Accepted, woken ? "The order's wait was woken." : "No wait is running for the task now; it is resumed from the database.", taskId, orderId);
    }

    private bool Notify(string taskId) => _kie is KieClient client && client.NotifyTaskUpdated(taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "KIE callback refused ({Failure}): {Reason}")]
    private partial void LogRefused(KieCallbackVerificationFailure failure, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "KIE callback is malformed: {Reason}")]
    private partial void LogMalformed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "KIE callback for task {TaskId}: status could not be confirmed ({Reason})")]
    private partial void LogConfirmFailed(string taskId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "KIE callback for task {TaskId} (order {OrderId}, signed: {Signed}); wait woken: {Woken}")]
    private partial void LogAccepted(string taskId, string orderId, bool signed, bool woken);
}
