using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// Copies result files to the archive before the provider's links expire. It looks for stored results with no archive
/// row (and retries that are due) when it starts, when woken (a capture, a finished copy), when a retry is due and, if
/// configured, every <see cref="ArchiveOptions.PollInterval"/>; copies up to <see cref="ArchiveOptions.Concurrency"/> files at once; after
/// a failure waits with doubling delays; and after <see cref="ArchiveOptions.MaxAttempts"/> failures records the file
/// as failed with its last error and leaves it alone. All state is in the database, so a restart carries on.
/// </summary>
public sealed partial class ArchiveWorker : BackgroundService
{
    private static readonly TimeSpan ErrorPause = TimeSpan.FromSeconds(5);

    // While copies are deferred for running orders, how often the worker looks whether the orders are done.
    private static readonly TimeSpan DeferralCheck = TimeSpan.FromSeconds(5);
    private readonly OrderQueue _orders;
    private readonly OutboxSignal _outbox;
    private int _finished;
    private readonly ArchiveRecords _records;
    private readonly ResultArchiver _archiver;
    private readonly ArchiveSignal _signal;
    private readonly ArchiveOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ArchiveWorker> _logger;

    /// <summary>Creates the worker.</summary>
    /// <param name="records">The archive's table.</param>
    /// <param name="archiver">Copies one file.</param>
    /// <param name="signal">Wakes the worker.</param>
    /// <param name="options">The archive's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="orders">The orders this process is generating (copies yield to them).</param>
    /// <param name="outbox">Says whether results are being sent (copies yield to that too: it ends those orders).</param>
    public ArchiveWorker(ArchiveRecords records, ResultArchiver archiver, ArchiveSignal signal, ArchiveOptions options, TimeProvider time, ILogger<ArchiveWorker> logger, OrderQueue orders, OutboxSignal outbox)
    {
        _orders = orders;
        _outbox = outbox;
        _records = records;
        _archiver = archiver;
        _signal = signal;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up must not wait for the first database read.
        await Task.Yield();
        var slots = new SemaphoreSlim(_options.Concurrency);
        var busy = new ConcurrentDictionary<(string OrderId, int Index), Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            _signal.Reset();
            // No timer unless one is asked for: an idle bot (and a test's fake clock) has nothing pending.
            DateTimeOffset? wakeAt = _options.PollInterval is { } poll ? _time.GetUtcNow() + poll : null;
            var deferring = false;
            try
            {
                var now = _time.GetUtcNow();
                var finishedBefore = Volatile.Read(ref _finished);
                var due = await _records.ListDueAsync(now, _options.Concurrency + busy.Count, stoppingToken).ConfigureAwait(false);
                if (Volatile.Read(ref _finished) != finishedBefore)
                {
                    // A copy ended during the read: the list may show its file as still due (its row was written after
                    // the read began, and it is no longer busy). Read again rather than copy it twice.
                    continue;
                }

                // An order is done for the user only once its results are sent and it is captured: a burst's deliveries
                // follow its generations, and copies competing with them would delay every user's result.
                var ordersRunning = _orders.Claimed > 0 || _outbox.ChatsSending > 0;
                foreach (var candidate in due)
                {
                    var id = (candidate.OrderId, candidate.Index);
                    if (busy.ContainsKey(id))
                    {
                        continue;
                    }

                    if (ordersRunning && DeferredUntil(candidate, now) is { } until)
                    {
                        // Orders are being generated: copy later, when they are done or at the latest when the deferral ends.
                        var check = Min(until, now + DeferralCheck);
                        wakeAt = wakeAt is { } planned ? Min(planned, check) : check;
                        deferring = true;
                        continue;
                    }

                    if (!slots.Wait(0))
                    {
                        // Every slot is busy: a finishing copy wakes this loop.
                        break;
                    }

                    busy[id] = CopyAsync(candidate, slots, busy, stoppingToken);
                }

                if (await _records.NextRetryAsync(stoppingToken).ConfigureAwait(false) is { } retry && (wakeAt is null || retry < wakeAt))
                {
                    wakeAt = retry;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogRoundFailed(error);
                wakeAt = _time.GetUtcNow() + ErrorPause;
            }

            // While deferring, captures need not wake the loop: each wake would re-read the growing backlog.
            if (!await _signal.RestAsync(wakeAt, _time, ignoreWakeUps: deferring, stoppingToken).ConfigureAwait(false))
            {
                break;
            }
        }

        try
        {
            await Task.WhenAll(busy.Values).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task CopyAsync(ArchiveCandidate candidate, SemaphoreSlim slots, ConcurrentDictionary<(string, int), Task> busy, CancellationToken stoppingToken)
    {
        try
        {
            // Never copy on the worker's loop.
            await Task.Yield();
            await CopyOneAsync(candidate, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            // Recording the outcome failed (the database): pause, so the same file is not picked again at once.
            LogRecordFailed(error, candidate.OrderId, candidate.Index);
            try
            {
                await Task.Delay(ErrorPause, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        finally
        {
            Interlocked.Increment(ref _finished);
            busy.TryRemove((candidate.OrderId, candidate.Index), out _);
            slots.Release();
            _signal.Wake();
        }
    }

    private async Task CopyOneAsync(ArchiveCandidate candidate, CancellationToken stoppingToken)
    {
        ArchivedCopy copy;
        try
        {
            copy = await _archiver.ArchiveAsync(candidate.OrderId, candidate.Index, candidate.Url, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            var attempts = candidate.Attempts + 1;
            var giveUp = error is ArchiveRejectedException || attempts >= _options.MaxAttempts;
            var retryAt = giveUp ? (DateTimeOffset?)null : _time.GetUtcNow() + RetryDelay(attempts);
            if (giveUp)
            {
                LogGivenUp(error, candidate.OrderId, candidate.Index, attempts);
            }
            else
            {
                LogRetrying(error, candidate.OrderId, candidate.Index, attempts, retryAt!.Value);
            }

            await _records.RecordFailureAsync(candidate.OrderId, candidate.Index, attempts, error.GetType().Name + ": " + error.Message, retryAt, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return;
        }

        // The copy exists: record it whatever happens to this process's token.
        await _records.RecordArchivedAsync(candidate.OrderId, candidate.Index, copy, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        LogArchived(candidate.OrderId, candidate.Index, copy.Store, copy.Size);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>Until when a first copy may wait for running orders; null when it is due now (or is a retry).</summary>
    private DateTimeOffset? DeferredUntil(ArchiveCandidate candidate, DateTimeOffset now)
    {
        if (candidate.Attempts > 0 || _options.MaxDeferral <= TimeSpan.Zero)
        {
            return null;
        }

        var until = (candidate.StoredAt ?? now) + _options.MaxDeferral;
        return until > now ? until : null;
    }

    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(_options.FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20)), _options.MaxRetryDelay.Ticks));

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived result {Index} of order {OrderId} in {Store} ({Size} bytes)")]
    private partial void LogArchived(string orderId, int index, string store, long size);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Archiving result {Index} of order {OrderId} failed (attempt {Attempt}); next try at {RetryAt}")]
    private partial void LogRetrying(Exception error, string orderId, int index, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Archiving result {Index} of order {OrderId} given up after {Attempts} attempts")]
    private partial void LogGivenUp(Exception error, string orderId, int index, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the archive outcome of result {Index} of order {OrderId} failed")]
    private partial void LogRecordFailed(Exception error, string orderId, int index);

    [LoggerMessage(Level = LogLevel.Error, Message = "An archive round failed; trying again shortly")]
    private partial void LogRoundFailed(Exception error);
}
