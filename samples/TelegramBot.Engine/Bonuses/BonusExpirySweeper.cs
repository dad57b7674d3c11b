using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Runs <see cref="BonusExpiry"/> on the bot's clock: at start-up, when the next lot expires, and after a grant (a wake
/// from <see cref="BonusExpirySignal"/>, then once more a minute later, as a grant made inside a capture commits only after
/// the wake). With no lots it keeps no timer; while an expired lot waits for a running order it looks again every few
/// minutes.
/// </summary>
public sealed partial class BonusExpirySweeper : BackgroundService
{
    private static readonly TimeSpan WaitingLotRetry = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan AfterWake = TimeSpan.FromMinutes(1);

    private readonly BonusExpiry _expiry;
    private readonly BonusExpirySignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<BonusExpirySweeper> _logger;

    /// <summary>Creates the sweeper.</summary>
    /// <param name="expiry">The expiry.</param>
    /// <param name="signal">Wakes it after grants.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public BonusExpirySweeper(BonusExpiry expiry, BonusExpirySignal signal, TimeProvider time, ILogger<BonusExpirySweeper> logger)
    {
        _expiry = expiry;
        _signal = signal;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var woken = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            _signal.Reset();
            TimeSpan? wait = WaitingLotRetry;
            try
            {
                var swept = await _expiry.SweepAsync(stoppingToken).ConfigureAwait(false);
                if (swept > 0)
                {
                    LogSwept(swept);
                }

                var next = await _expiry.NextExpiryAsync(stoppingToken).ConfigureAwait(false);
                wait = next is { } at ? (at - _time.GetUtcNow() is var until && until > TimeSpan.Zero ? until : WaitingLotRetry) : null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A broken sweep must not stop the bot; the next round retries (every step is idempotent).
                LogFailed(error);
            }

            if (woken && (wait is null || wait > AfterWake))
            {
                wait = AfterWake;
            }

            try
            {
                woken = await _signal.SleepAsync(_time.GetUtcNow() + wait, _time, ignoreWakeUps: false, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} bonus lot(s)")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bonus expiry sweep failed")]
    private partial void LogFailed(Exception error);
}
