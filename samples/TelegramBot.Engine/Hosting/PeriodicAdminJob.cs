using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// A background job for the admins that runs over and over on the bot's clock: nothing runs when it is switched off or
/// there is no admin to tell; otherwise it runs (after <see cref="FirstDelay"/>), logs a failed run and waits until its
/// next time. Runs never overlap, and no timer is pending while one works. Each job keeps its own timing rule and log
/// messages.
/// </summary>
public abstract class PeriodicAdminJob : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private bool _disposed;

    /// <summary>Creates the job.</summary>
    /// <param name="time">The bot's clock.</param>
    protected PeriodicAdminJob(TimeProvider time)
    {
        Time = time;
    }

    /// <summary>The bot's clock.</summary>
    protected TimeProvider Time { get; }

    /// <summary>Whether the job runs at all (it is switched on and there is an admin to tell).</summary>
    protected abstract bool IsEnabled { get; }

    /// <summary>How long after start-up the first run comes; zero (the default) runs it at once.</summary>
    protected virtual TimeSpan FirstDelay => TimeSpan.Zero;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled || _loop is not null)
        {
            return Task.CompletedTask;
        }

        var token = _stopping.Token;
        if (FirstDelay > TimeSpan.Zero)
        {
            // The first delay is created here, not on whatever thread the loop later gets, so the first run is due
            // exactly one delay after start-up.
            var first = Task.Delay(FirstDelay, Time, token);
            _loop = LoopAsync(first, token);
        }
        else
        {
            // Start-up must not wait for the first run.
            _loop = Task.Run(() => LoopAsync(Task.CompletedTask, token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the loop (a job abandoned without a graceful stop leaves no timer behind) and frees the token.</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    /// <summary>Does the job's work once.</summary>
    /// <param name="stoppingToken">Stops the job.</param>
    /// <returns>A task that completes when done.</returns>
    protected abstract Task RunJobAsync(CancellationToken stoppingToken);

    /// <summary>How long to wait after a run that ended at <paramref name="now"/> (failed runs included).</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The wait.</returns>
    protected abstract TimeSpan DelayAfterRun(DateTimeOffset now);

    /// <summary>Logs a run that failed; the next run tries again.</summary>
    /// <param name="error">What went wrong.</param>
    protected abstract void LogRunFailed(Exception error);

    private async Task LoopAsync(Task first, CancellationToken stoppingToken)
    {
        try
        {
            await first.ConfigureAwait(false);
            while (true)
            {
                try
                {
                    await RunJobAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception error) when (!stoppingToken.IsCancellationRequested)
                {
                    // Any failure, a stray cancellation included, costs one run, never the job: it would die silently.
                    LogRunFailed(error);
                }

                await Task.Delay(DelayAfterRun(Time.GetUtcNow()), Time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
