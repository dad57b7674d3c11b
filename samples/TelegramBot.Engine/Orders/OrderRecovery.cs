using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// The start-up sweep over orders an earlier process left unfinished, so a restart loses nothing and charges for
/// nothing: an order that never got a task is released with a notice (the user never pays for nothing) unless the
/// persisted idempotency key shows KIE did create its task, which is then followed; a running order resumes waiting for
/// the same task; a delivered order is captured. Stored results need nothing here: the outbox sends them.
/// </summary>
public sealed partial class OrderRecovery
{
    private static readonly TimeSpan KeyRetention = TimeSpan.FromDays(30);
    private readonly OrderStore _orders;
    private readonly OrderQueue _queue;
    private readonly OrderSettlement _settlement;
    private readonly SqliteKieIdempotencyStore _keys;
    private readonly ILogger<OrderRecovery> _logger;

    /// <summary>Creates the sweep.</summary>
    /// <param name="orders">The order store.</param>
    /// <param name="queue">The worker's queue.</param>
    /// <param name="settlement">The money-moving steps.</param>
    /// <param name="keys">The persisted KIE idempotency keys.</param>
    /// <param name="logger">The logger.</param>
    public OrderRecovery(OrderStore orders, OrderQueue queue, OrderSettlement settlement, SqliteKieIdempotencyStore keys, ILogger<OrderRecovery> logger)
    {
        _orders = orders;
        _queue = queue;
        _settlement = settlement;
        _keys = keys;
        _logger = logger;
    }

    /// <summary>Sweeps once (at start-up, before new orders are taken).</summary>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    /// <returns>A task that completes when every unfinished order was settled or queued.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _keys.PruneAsync(KeyRetention, cancellationToken).ConfigureAwait(false);
        var open = await _orders.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        var resumed = 0;
        foreach (var (orderId, state, taskId) in open)
        {
            if (!_queue.TryClaim(orderId))
            {
                continue;
            }

            var keep = false;
            try
            {
                keep = await RecoverAsync(orderId, state, taskId, cancellationToken).ConfigureAwait(false);
                resumed += keep ? 1 : 0;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogRecoveryFailed(error, orderId, state);
            }
            finally
            {
                if (!keep)
                {
                    _queue.Unclaim(orderId);
                }
            }
        }

        if (open.Count > 0)
        {
            LogSwept(open.Count, resumed);
        }
    }

    private async Task<bool> RecoverAsync(string orderId, OrderState state, string? taskId, CancellationToken cancellationToken)
    {
        switch (state)
        {
            case OrderState.Running when taskId is not null:
                _queue.Enqueue(orderId);
                return true;
            case OrderState.Submitting:
                if (await _keys.FindTaskIdAsync(orderId, cancellationToken).ConfigureAwait(false) is { } created
                    && await _orders.MarkRunningAsync(orderId, created, null, cancellationToken).ConfigureAwait(false))
                {
                    // The process stopped after KIE answered but before the order noted it: follow that task.
                    LogAdopted(orderId, created);
                    _queue.Enqueue(orderId);
                    return true;
                }

                await ReleaseInterruptedAsync(orderId, cancellationToken).ConfigureAwait(false);
                return false;
            case OrderState.Reserved or OrderState.Running:
                await ReleaseInterruptedAsync(orderId, cancellationToken).ConfigureAwait(false);
                return false;
            case OrderState.Delivered:
                await _settlement.CaptureAsync(orderId, cancellationToken).ConfigureAwait(false);
                return false;
            default:
                return false;
        }
    }

    private Task ReleaseInterruptedAsync(string orderId, CancellationToken cancellationToken) =>
        _settlement.ReleaseAsync(orderId, new OrderFailure(OrderFailureKind.InterruptedBeforeTask, "the bot stopped while creating the task"), notify: true, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up sweep: {Open} unfinished orders, {Resumed} resumed")]
    private partial void LogSwept(int open, int resumed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} was created at KIE as task {TaskId} before the restart; following it")]
    private partial void LogAdopted(string orderId, string taskId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not recover order {OrderId} ({State})")]
    private partial void LogRecoveryFailed(Exception error, string orderId, OrderState state);
}
