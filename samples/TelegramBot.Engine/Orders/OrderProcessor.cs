using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Sdk;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Runs one order from its reservation to stored results (or its release): mark Submitting, create the task with the
/// order id as idempotency key, store the task id, wait (woken early by callbacks when they are configured) while one
/// progress message follows along, then store the results and queue their delivery. A definite failure releases the
/// money with a notice; anything else (a bug, the bot stopping) leaves the order where it is, to be resumed.
/// </summary>
public sealed partial class OrderProcessor
{
    private static readonly TimeSpan MinimumResumedWait = TimeSpan.FromMinutes(1);
    private readonly OrderStore _orders;
    private readonly OrderSettlement _settlement;
    private readonly OrderScreens _screens;
    private readonly IKieClient _kie;
    private readonly IChatGateway _chat;
    private readonly BotOptions _options;
    private readonly KieCallbackSettings _callbacks;
    private readonly OrderCheckpoints _checkpoints;
    private readonly TimeProvider _time;
    private readonly ILogger<OrderProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    /// <param name="orders">The order store.</param>
    /// <param name="settlement">The money-moving steps.</param>
    /// <param name="screens">The messages about orders.</param>
    /// <param name="kie">The KIE client.</param>
    /// <param name="chat">The chat gateway (progress).</param>
    /// <param name="options">The bot's options (progress interval).</param>
    /// <param name="callbacks">The callback settings.</param>
    /// <param name="checkpoints">The crash-test hook.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public OrderProcessor(OrderStore orders, OrderSettlement settlement, OrderScreens screens, IKieClient kie, IChatGateway chat, BotOptions options, KieCallbackSettings callbacks, OrderCheckpoints checkpoints, TimeProvider time, ILogger<OrderProcessor> logger)
    {
        _orders = orders;
        _settlement = settlement;
        _screens = screens;
        _kie = kie;
        _chat = chat;
        _options = options;
        _callbacks = callbacks;
        _checkpoints = checkpoints;
        _time = time;
        _logger = logger;
    }

    /// <summary>Takes an order as far as it goes: to stored results, or to its release.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Stops the work (the order stays resumable).</param>
    /// <returns>A task that completes when the order left this step.</returns>
    /// <exception cref="Exception">Anything that is not a definite answer about the order; the caller retries later.</exception>
    public async Task ProcessAsync(string orderId, CancellationToken cancellationToken)
    {
        var order = await _orders.FindAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (order is null || order.State is not (OrderState.Reserved or OrderState.Submitting or OrderState.Running))
        {
            return;
        }

        var reporter = new ProgressReporter(
            _chat,
            _time,
            _options.ProgressInterval,
            order.ChatId,
            status => _screens.Progress(order, status),
            messageId => _orders.SetProgressMessageAsync(order.Id, messageId, CancellationToken.None),
            _logger,
            cancellationToken);
        using var waitStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<KieTaskStatus>? wait = null;
        try
        {
            var resumed = order.State == OrderState.Running && order.TaskId is not null;
            if (resumed)
            {
                reporter.Start(_screens.Progress(order, null, resumed: true), order.ProgressMessageId);
                LogResumed(order.Id, order.TaskId!);
                wait = _kie.WaitForCompletionAsync(order.TaskId!, WaitOptions(order, reporter, resumed), waitStop.Token);
            }
            else
            {
                if (order.State == OrderState.Reserved)
                {
                    await _orders.MarkSubmittingAsync(order.Id, cancellationToken).ConfigureAwait(false);
                }

                reporter.Start(_screens.Progress(order, null), order.ProgressMessageId);
                await _checkpoints.ReachAsync(OrderCheckpoint.BeforeCreateTask, order.Id, cancellationToken).ConfigureAwait(false);
                var taskId = await _kie.CreateTaskAsync(BuildRequest(order), cancellationToken).ConfigureAwait(false);
                await Task.Yield();

                // The wait registers for the task's callback at once, before the task id is stored: a callback that
                // arrives while it is being stored still wakes it.
                wait = _kie.WaitForCompletionAsync(taskId, WaitOptions(order, reporter, resumed), waitStop.Token);
                if (!await _orders.MarkRunningAsync(order.Id, taskId, reporter.TakeMessageIdForStore(), cancellationToken).ConfigureAwait(false))
                {
                    // Settled elsewhere meanwhile (released on a restart): nothing left to wait for.
                    return;
                }

                LogSubmitted(order.Id, taskId);
            }

            var status = await wait.ConfigureAwait(false);

            // The wait ends on a timer's thread; leave it before writing, so no clock callback ever waits on the database.
            await Task.Yield();
            if (!status.IsSucceeded)
            {
                await FailAsync(order, OrderFailure.FromStatus(status), reporter, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (status.ResultUrls.Count == 0)
            {
                await FailAsync(order, new OrderFailure(OrderFailureKind.TaskFailed, "no result files"), reporter, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (await _settlement.CompleteAsync(order, status, cancellationToken).ConfigureAwait(false))
            {
                reporter.Finish(_screens.ProgressReady(order));
                await _checkpoints.ReachAsync(OrderCheckpoint.ResultStored, order.Id, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException && OrderFailure.FromException(error) is { } failure)
        {
            await Task.Yield();
            await FailAsync(order, failure, reporter, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            reporter.Release();

            if (wait is { IsCompleted: false })
            {
                // Left early (settled elsewhere, or a failure while storing the task id): stop the wait and observe it.
                await waitStop.CancelAsync().ConfigureAwait(false);
                await wait.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            if (wait is { IsFaulted: true })
            {
                _ = wait.Exception;
            }
        }
    }

    private async Task FailAsync(OrderRecord order, OrderFailure failure, ProgressReporter reporter, CancellationToken cancellationToken)
    {
        reporter.Finish(_screens.ProgressFailed(order));
        await _settlement.ReleaseAsync(order.Id, failure, notify: true, cancellationToken).ConfigureAwait(false);
    }

    private CreateTaskRequest BuildRequest(OrderRecord order)
    {
        // The order id is the idempotency key: a retry of this step (or a restart) can never create a second paid task.
        var request = new CreateTaskRequest(order.ApiModel) { IdempotencyKey = order.Id, CallbackUrl = _callbacks.CallbackUrl };
        if (JsonNode.Parse(order.InputJson) is JsonObject input)
        {
            foreach (var (key, value) in input)
            {
                request.Input.SetJson(key, value);
            }
        }

        return request;
    }

    private KieWaitOptions WaitOptions(OrderRecord order, ProgressReporter reporter, bool resumed)
    {
        var preset = KieWaitOptions.For(order.ApiModel);
        var timeout = preset.Timeout;
        DateTimeOffset? createdAt = null;
        if (resumed && order.SubmittedAt is { } submitted)
        {
            // The bot was down for part of the wait: what is left of it, but at least one more look at the task; and a
            // learned first read counts from the submission, not from now.
            var left = preset.Timeout - (_time.GetUtcNow() - submitted);
            timeout = left > MinimumResumedWait ? left : MinimumResumedWait;
            createdAt = submitted;
        }

        return preset with { Progress = reporter, CallbacksExpected = _callbacks.Enabled, Timeout = timeout, TaskCreatedAt = createdAt };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} submitted as KIE task {TaskId}")]
    private partial void LogSubmitted(string orderId, string taskId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} resumes waiting for KIE task {TaskId}")]
    private partial void LogResumed(string orderId, string taskId);
}
