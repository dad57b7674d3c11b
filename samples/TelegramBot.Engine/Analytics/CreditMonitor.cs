using System.Globalization;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Reads the KIE credit balance every <see cref="ReportsOptions.CreditCheckInterval"/> and stores each reading (the
/// daily reconciliation needs them). When the balance falls below <see cref="ReportsOptions.LowCreditThreshold"/> the
/// admins are alerted once; the alert is re-armed only when the balance is back at or above the threshold, so a low
/// balance does not alert on every check. The alert's state is stored with the reading, so a restart does not repeat it.
/// </summary>
public sealed partial class CreditMonitor : PeriodicAdminJob
{
    private readonly IKieClient _kie;
    private readonly AdminNotices _admins;
    private readonly BotDatabase _database;
    private readonly OutboxSignal _outbox;
    private readonly ReportsOptions _options;
    private readonly ILogger<CreditMonitor> _logger;

    /// <summary>Creates the monitor.</summary>
    /// <param name="kie">The KIE client (the simulator in demo mode).</param>
    /// <param name="admins">Queues messages to the admins.</param>
    /// <param name="database">The database.</param>
    /// <param name="outbox">Wakes the outbox.</param>
    /// <param name="options">The report settings.</param>
    /// <param name="time">The bot's clock.</param>
    /// <param name="logger">The logger.</param>
    public CreditMonitor(IKieClient kie, AdminNotices admins, BotDatabase database, OutboxSignal outbox, ReportsOptions options, TimeProvider time, ILogger<CreditMonitor> logger)
        : base(time)
    {
        _kie = kie;
        _admins = admins;
        _database = database;
        _outbox = outbox;
        _options = options;
        _logger = logger;
    }

    /// <summary>Reads the balance once, stores it and alerts on a downward crossing of the threshold.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when an alert was queued.</returns>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        var credits = await _kie.GetCreditsAsync(cancellationToken).ConfigureAwait(false);
        var now = Time.GetUtcNow();
        var threshold = _options.LowCreditThreshold;
        var alerted = await _database.WriteAsync(
            async (connection, transaction) =>
            {
                await AnalyticsStore.AddSnapshotAsync(connection, transaction, new CreditSnapshot(now, credits)).ConfigureAwait(false);
                var raised = await AnalyticsStore.GetStateAsync(connection, transaction, AnalyticsStore.LowCreditAlertKey).ConfigureAwait(false) == "1";
                var low = threshold > 0 && credits < threshold;
                if (low == raised)
                {
                    return false;
                }

                await AnalyticsStore.SetStateAsync(connection, transaction, AnalyticsStore.LowCreditAlertKey, low ? "1" : "0", now).ConfigureAwait(false);
                if (!low)
                {
                    return false;
                }

                var left = ReportText.Credits(credits);
                var limit = ReportText.Credits(threshold);
                await _admins.EnqueueAsync(connection, transaction, texts => texts.LowCreditAlert(left, limit), now).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        if (alerted)
        {
            _outbox.Wake();
            LogLow(credits.ToString(CultureInfo.InvariantCulture));
        }

        return alerted;
    }

    /// <inheritdoc />
    protected override bool IsEnabled => _options.CreditMonitor && _admins.HasAdmins;

    /// <inheritdoc />
    protected override Task RunJobAsync(CancellationToken stoppingToken) => CheckAsync(stoppingToken);

    /// <inheritdoc />
    protected override TimeSpan DelayAfterRun(DateTimeOffset now) => _options.CreditCheckInterval;

    /// <inheritdoc />
    protected override void LogRunFailed(Exception error)
    {
        // KIE down or the key refused: the next check tries again (a missing reading only widens a reconciliation window).
        LogFailed(error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "KIE credits low: {Credits}")]
    private partial void LogLow(string credits);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the KIE credit balance failed")]
    private partial void LogFailed(Exception error);
}
