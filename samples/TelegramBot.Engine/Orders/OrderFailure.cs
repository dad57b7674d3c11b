using Kie.Sdk;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>Why an order was released (its money returned).</summary>
public enum OrderFailureKind
{
    /// <summary>KIE ran the task and it failed.</summary>
    TaskFailed,

    /// <summary>The task did not finish within its wait.</summary>
    TimedOut,

    /// <summary>KIE refused the request (input, content, a 4xx answer).</summary>
    Rejected,

    /// <summary>KIE could not take the order (our account, limits, an outage).</summary>
    ServiceUnavailable,

    /// <summary>The create request went out but no definite answer came back: no task id to follow.</summary>
    SubmissionUnknown,

    /// <summary>KIE does not know the task any more.</summary>
    TaskLost,

    /// <summary>The bot stopped while creating the task (found on start-up).</summary>
    InterruptedBeforeTask,

    /// <summary>The result could not be delivered to the chat.</summary>
    Undeliverable,

    /// <summary>The user blocked the bot, so nothing can be delivered.</summary>
    Blocked,

    /// <summary>Something broke in the bot itself.</summary>
    InternalError,
}

/// <summary>Why an order failed, with KIE's own words when it gave any (kept short; shown to the user and to support).</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Detail">KIE's code or message, or the bot's note; null when there is nothing to add.</param>
public sealed record OrderFailure(OrderFailureKind Kind, string? Detail = null)
{
    private const int MaxDetailLength = 300;

    /// <summary>The stored name of the kind (snake case).</summary>
    public string Code => Kind switch
    {
        OrderFailureKind.TaskFailed => "task_failed",
        OrderFailureKind.TimedOut => "timed_out",
        OrderFailureKind.Rejected => "rejected",
        OrderFailureKind.ServiceUnavailable => "service_unavailable",
        OrderFailureKind.SubmissionUnknown => "submission_unknown",
        OrderFailureKind.TaskLost => "task_lost",
        OrderFailureKind.InterruptedBeforeTask => "interrupted_before_task",
        OrderFailureKind.Undeliverable => "undeliverable",
        OrderFailureKind.Blocked => "blocked",
        _ => "internal_error",
    };

    /// <summary>The detail, trimmed to a length a chat message and a log line can carry.</summary>
    public string? ShortDetail => string.IsNullOrWhiteSpace(Detail)
        ? null
        : Detail.Length <= MaxDetailLength ? Detail.Trim() : string.Concat(Detail.AsSpan(0, MaxDetailLength - 1).Trim(), "…");

    /// <summary>
    /// The definite failure an SDK exception stands for, or null when the exception is not a definite answer about the
    /// order (a bug, cancellation): then the order is not released on its account.
    /// </summary>
    /// <param name="error">The exception from creating or waiting for the task.</param>
    /// <returns>The failure, or null.</returns>
    public static OrderFailure? FromException(Exception error) => error switch
    {
        KieTaskFailedException failed => FromStatus(failed.Status),
        KieWaitTimeoutException timeout => new(OrderFailureKind.TimedOut, timeout.Message),
        KieValidationException invalid => new(OrderFailureKind.Rejected, invalid.KieMessage ?? string.Join("; ", invalid.Problems)),
        KieSubmissionUnknownException unknown => new(OrderFailureKind.SubmissionUnknown, unknown.Message),
        KieTaskNotFoundException lost => new(OrderFailureKind.TaskLost, lost.Message),
        KieInsufficientCreditsException or KieBudgetExceededException or KieAuthenticationException => new(OrderFailureKind.ServiceUnavailable, error.Message),
        KieApiException { IsTransient: true } busy => new(OrderFailureKind.ServiceUnavailable, busy.Message),
        KieApiException refused => new(OrderFailureKind.Rejected, refused.KieMessage ?? refused.Message),
        _ => null,
    };

    /// <summary>The failure of a task that ended without results.</summary>
    /// <param name="status">Its final status.</param>
    /// <returns>The failure, with KIE's message (or code).</returns>
    public static OrderFailure FromStatus(KieTaskStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var detail = string.IsNullOrWhiteSpace(status.FailMessage) ? status.FailCode : status.FailMessage;
        return new(OrderFailureKind.TaskFailed, detail);
    }
}
