using System.Collections.Concurrent;
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
    public ArchiveWorker(ArchiveRecords records, ResultArchiver archiver, ArchiveSignal signal, ArchiveOptions options, TimeProvider time, ILogger<ArchiveWorker> logger)
    {
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
            try
            {
                var due = await _records.ListDueAsync(_time.GetUtcNow(), _options.Concurrency + busy.Count, stoppingToken).ConfigureAwait(false);
                foreach (var candidate in due)
                {
                    var id = (candidate.OrderId, candidate.Index);
                    if (busy.ContainsKey(id))
                    {
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

            try
            {
                await SleepAsync(wakeAt, stoppingToken).ConfigureAwait(false);

                // A timer may have woken this loop on the clock's own thread: go on elsewhere.
                await Task.Yield();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
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

    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(_options.FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20)), _options.MaxRetryDelay.Ticks));

    private async Task SleepAsync(DateTimeOffset? wakeAt, CancellationToken stoppingToken)
    {
        var woken = _signal.WaitAsync();
        if (wakeAt is not { } at)
        {
            await woken.WaitAsync(stoppingToken).ConfigureAwait(false);
            return;
        }

        var delay = at - _time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        // Cancel the timer when woken early, so no stale timer is left behind on the clock.
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = Task.Delay(delay, _time, timer.Token);
        await Task.WhenAny(woken, sleep).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

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
