using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Generates orders in the background, at most <see cref="BotOptions.OrderConcurrency"/> at once, so an update handler
/// only places an order and returns. At start-up it first sweeps what an earlier process left unfinished. An order whose
/// processing broke for a reason that says nothing about the order itself (a database hiccup, a bug) is tried again
/// after a pause, and released with an apology after the last try.
/// </summary>
public sealed partial class OrderWorker : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];
    private readonly OrderQueue _queue;
    private readonly OrderProcessor _processor;
    private readonly OrderRecovery _recovery;
    private readonly TaskDurations _durations;
    private readonly OrderSettlement _settlement;
    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OrderWorker> _logger;
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    /// <summary>Creates the worker.</summary>
    /// <param name="queue">The queue of placed orders.</param>
    /// <param name="processor">Runs one order.</param>
    /// <param name="recovery">The start-up sweep.</param>
    /// <param name="durations">Teaches the KIE client how long each model's tasks took in earlier runs.</param>
    /// <param name="settlement">Releases orders that cannot be processed.</param>
    /// <param name="options">The bot's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public OrderWorker(OrderQueue queue, OrderProcessor processor, OrderRecovery recovery, TaskDurations durations, OrderSettlement settlement, BotOptions options, TimeProvider time, ILogger<OrderWorker> logger)
    {
        _queue = queue;
        _processor = processor;
        _recovery = recovery;
        _durations = durations;
        _settlement = settlement;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Teaches the KIE client the durations of earlier runs, sweeps unfinished orders, then starts taking new ones.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the sweep is done and the worker runs.</returns>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // First, so the waits the sweep resumes already know where their first status read should go.
        await _durations.TeachClientAsync(cancellationToken).ConfigureAwait(false);
        await _recovery.RunAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var slots = new SemaphoreSlim(Math.Max(1, _options.OrderConcurrency));
        var running = new ConcurrentDictionary<Task, byte>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var orderId))
                {
                    await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    var work = RunAsync(orderId, slots, stoppingToken);
                    running.TryAdd(work, 0);
                    _ = work.ContinueWith(static (done, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(done, out _), running, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Orders in progress stop at their next await and stay resumable; wait for them to let go of the database.
        await Task.WhenAll(running.Keys).ConfigureAwait(false);
    }

    private async Task RunAsync(string orderId, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var keepClaim = false;
        try
        {
            // Never run an order on the loop that reads the queue.
            await Task.Yield();
            await _processor.ProcessAsync(orderId, stoppingToken).ConfigureAwait(false);
            _failures.TryRemove(orderId, out _);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            keepClaim = true;
        }
        catch (Exception error)
        {
            keepClaim = await RetryLaterAsync(orderId, error, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
            if (!keepClaim)
            {
                _queue.Unclaim(orderId);
            }
        }
    }

    private async Task<bool> RetryLaterAsync(string orderId, Exception error, CancellationToken stoppingToken)
    {
        var failures = _failures.AddOrUpdate(orderId, 1, static (_, count) => count + 1);
        if (failures <= RetryDelays.Length)
        {
            var delay = RetryDelays[failures - 1];
            LogRetrying(error, orderId, failures, delay);
            _ = RequeueAsync(orderId, delay, stoppingToken);
            return true;
        }

        LogGivingUp(error, orderId, failures);
        _failures.TryRemove(orderId, out _);
        try
        {
            await _settlement.ReleaseAsync(orderId, new OrderFailure(OrderFailureKind.InternalError, error.GetType().Name), notify: true, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception release) when (release is not OperationCanceledException)
        {
            LogReleaseFailed(release, orderId);
        }

        return false;
    }

    private async Task RequeueAsync(string orderId, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
            _queue.Enqueue(orderId);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the start-up sweep of the next run picks the order up.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} failed unexpectedly (attempt {Attempt}); trying again in {Delay}")]
    private partial void LogRetrying(Exception error, string orderId, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderId} failed unexpectedly {Attempts} times; releasing it")]
    private partial void LogGivingUp(Exception error, string orderId, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not release order {OrderId}")]
    private partial void LogReleaseFailed(Exception error, string orderId);
}
