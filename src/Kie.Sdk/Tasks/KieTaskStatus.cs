using System.Text.Json;

namespace Kie.Sdk;

/// <summary>
/// The status of a KIE Market task, as returned by <see cref="IKieClient.GetStatusAsync"/>,
/// <see cref="IKieClient.WaitForCompletionAsync"/> and <see cref="KieCallback.Parse(ReadOnlySpan{byte})"/>.
/// </summary>
/// <remarks>
/// Every property except <see cref="TaskId"/> may be missing from the API's answer and is then <see langword="null"/>
/// (or empty for lists). A field the API types loosely (a number sent as text, JSON sent as a string) is read
/// tolerantly; a field that cannot be read at all is left empty rather than losing the task id and state.
/// The record is constructible so that your tests can build statuses without the SDK's parser.
/// </remarks>
public sealed record KieTaskStatus
{
    /// <summary>The task id, an opaque string whose format varies by model.</summary>
    public string TaskId { get; init; } = string.Empty;

    /// <summary>The model id the task was created with, e.g. <c>google/nano-banana</c>.</summary>
    public string? Model { get; init; }

    /// <summary>The state, or <see cref="KieTaskState.Unknown"/> for text this SDK does not know.</summary>
    public KieTaskState State { get; init; }

    /// <summary>The state text exactly as the API sent it.</summary>
    public string? RawState { get; init; }

    /// <summary><see langword="true"/> once the task has finished, successfully or not.</summary>
    public bool IsCompleted => State is KieTaskState.Success or KieTaskState.Failed;

    /// <summary><see langword="true"/> when the task finished with results.</summary>
    public bool IsSucceeded => State == KieTaskState.Success;

    /// <summary>The result file URLs (images, videos, audio). Never <see langword="null"/>; empty until success.</summary>
    public IReadOnlyList<Uri> ResultUrls { get; init; } = [];

    /// <summary>First-frame image URLs of video models asked to return them. Never <see langword="null"/>.</summary>
    public IReadOnlyList<Uri> FirstFrameUrls { get; init; } = [];

    /// <summary>Last-frame image URLs of video models asked to return them (<c>return_last_frame</c>). Never <see langword="null"/>.</summary>
    public IReadOnlyList<Uri> LastFrameUrls { get; init; } = [];

    /// <summary>The structured result of text or analysis models (<c>resultObject</c>), if any.</summary>
    public JsonElement? ResultObject { get; init; }

    /// <summary>The result JSON exactly as the API sent it (KIE sends it as a string), if any.</summary>
    public string? ResultJson { get; init; }

    /// <summary>KIE's failure code, always as text (the API sometimes sends a number), or <see langword="null"/>.</summary>
    public string? FailCode { get; init; }

    /// <summary>KIE's failure message, or <see langword="null"/>.</summary>
    public string? FailMessage { get; init; }

    /// <summary>Credits this task consumed (may be fractional; 0 for an uncharged failure), when reported.</summary>
    public decimal? CreditsConsumed { get; init; }

    /// <summary>When the task was created (from Unix milliseconds).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the task was last updated (from Unix milliseconds).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the task completed (from Unix milliseconds).</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>KIE's <c>costTime</c> as sent. Its unit is not settled (docs say milliseconds, callbacks seconds).</summary>
    public long? CostTime { get; init; }

    /// <summary>Progress 0–100 where the model reports it (rare).</summary>
    public int? Progress { get; init; }

    /// <summary>The original request (<c>param</c>), decoded even when the API double-encodes it as JSON in a string.</summary>
    public JsonElement? Parameters { get; init; }

    /// <summary>The whole task record as the API sent it, for fields this SDK does not model yet.</summary>
    public JsonElement RawJson { get; init; }

    /// <summary>Returns this status if the task succeeded; otherwise throws.</summary>
    /// <returns>This status.</returns>
    /// <exception cref="KieTaskFailedException">The task failed, or has not completed, or ended in an unknown state.</exception>
    public KieTaskStatus EnsureSucceeded()
    {
        if (State == KieTaskState.Success)
        {
            return this;
        }

        throw new KieTaskFailedException(this);
    }
}
