namespace Kie.Samples.TelegramBot.Orders;

/// <summary>The points between an order's durable steps, where a crash leaves a distinct state to recover from.</summary>
public enum OrderCheckpoint
{
    /// <summary>The price is reserved and the order marked Submitting; the task is about to be created.</summary>
    BeforeCreateTask,

    /// <summary>The results are stored and their delivery queued.</summary>
    ResultStored,

    /// <summary>A result message is about to be sent.</summary>
    BeforeDelivery,

    /// <summary>Every result message was sent and the order marked Delivered; the capture is next.</summary>
    Delivered,
}

/// <summary>
/// A hook the order pipeline calls at each <see cref="OrderCheckpoint"/>. It does nothing in production; crash tests
/// replace it to hold the pipeline at a checkpoint (awaiting until cancelled) and restart the bot there.
/// </summary>
public sealed class OrderCheckpoints
{
    /// <summary>Called at each checkpoint with the order id; the pipeline waits for the returned task.</summary>
    public Func<OrderCheckpoint, string, CancellationToken, Task>? OnReached { get; set; }

    /// <summary>Reports a checkpoint.</summary>
    /// <param name="checkpoint">Which.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">The pipeline's token.</param>
    /// <returns>A task that completes when the hook lets the pipeline go on.</returns>
    public Task ReachAsync(OrderCheckpoint checkpoint, string orderId, CancellationToken cancellationToken) =>
        OnReached?.Invoke(checkpoint, orderId, cancellationToken) ?? Task.CompletedTask;
}
