namespace Kie.Sdk;

/// <summary>What an <see cref="IKieIdempotencyStore"/> knows of a key.</summary>
/// <param name="IsClaimedByCaller">The caller has just claimed the key and must submit.</param>
/// <param name="TaskId">The task id an earlier submission produced, when it completed.</param>
public readonly record struct KieIdempotencyEntry(bool IsClaimedByCaller, string? TaskId)
{
    /// <summary>The key was free and now belongs to the caller.</summary>
    public static KieIdempotencyEntry Claimed { get; } = new(true, null);

    /// <summary>An earlier submission with the key has an unknown outcome.</summary>
    public static KieIdempotencyEntry Pending { get; } = new(false, null);

    /// <summary>An earlier submission with the key created a task.</summary>
    /// <param name="taskId">Its task id.</param>
    /// <returns>The entry.</returns>
    public static KieIdempotencyEntry Completed(string taskId) => new(false, taskId);
}
