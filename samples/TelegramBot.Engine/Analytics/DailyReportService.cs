using System.Globalization;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Sends the previous local day's report (and, when the day had generations, its chart as a photo) to every admin at
/// <see cref="ReportsOptions.DailyAt"/> in
/// <see cref="ReportsOptions.TimeZone"/>, on the bot's clock. The last reported day is stored with the queued messages
/// in one transaction, so a day is reported once however often the bot restarts; a bot that was down at report time
/// sends the latest missed day when it comes back (older missed days are not back-filled). On the very first start
/// nothing old is sent: the day before is only remembered as the starting point.
/// </summary>
public sealed partial class DailyReportService : PeriodicAdminJob
{
    private readonly DailyReport _report;
    private readonly AdminNotices _admins;
    private readonly BotDatabase _database;
    private readonly OutboxSignal _outbox;
    private readonly ReportsOptions _options;
    private readonly ILogger<DailyReportService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="report">Builds the report.</param>
    /// <param name="admins">Queues messages to the admins.</param>
    /// <param name="database">The database.</param>
    /// <param name="outbox">Wakes the outbox.</param>
    /// <param name="options">The report settings.</param>
    /// <param name="time">The bot's clock.</param>
    /// <param name="logger">The logger.</param>
    public DailyReportService(DailyReport report, AdminNotices admins, BotDatabase database, OutboxSignal outbox, ReportsOptions options, TimeProvider time, ILogger<DailyReportService> logger)
        : base(time)
    {
        _report = report;
        _admins = admins;
        _database = database;
        _outbox = outbox;
        _options = options;
        _logger = logger;
    }

    /// <summary>Sends the report of the latest day that is due, unless it was sent already.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when a report was queued now.</returns>
    public async Task<bool> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Time.GetUtcNow();
        var day = LatestDueDay(now);
        var content = await _report.BuildAsync(day, cancellationToken).ConfigureAwait(false);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Drawn before the write transaction (rendering takes a while), in each language an admin may read.
        var charts = content.Report.Totals.Generations == 0
            ? null
            : Enum.GetValues<BotLanguage>().ToDictionary(language => language, language => ReportChart.Render(content.Report, BotTexts.For(language)));
        var sent = await _database.WriteAsync(
            async (connection, transaction) =>
            {
                var last = await AnalyticsStore.GetStateAsync(connection, transaction, AnalyticsStore.LastDailyReportKey).ConfigureAwait(false);
                if (last is not null && string.CompareOrdinal(last, dayText) >= 0)
                {
                    return false;
                }

                await AnalyticsStore.SetStateAsync(connection, transaction, AnalyticsStore.LastDailyReportKey, dayText, now).ConfigureAwait(false);
                if (last is null)
                {
                    // First start: the days before the bot kept reports are not sent.
                    return false;
                }

                await _admins.EnqueueAsync(connection, transaction, texts => _report.Write(content, texts), now).ConfigureAwait(false);
                if (charts is not null)
                {
                    await _admins.EnqueuePictureAsync(connection, transaction, texts => (charts[texts.Language], texts.StatsChartCaption), now).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        if (sent)
        {
            _outbox.Wake();
            LogSent(dayText);
        }

        return sent;
    }

    /// <inheritdoc />
    protected override bool IsEnabled => _options.DailyReport && _admins.HasAdmins;

    /// <inheritdoc />
    protected override Task RunJobAsync(CancellationToken stoppingToken) => SendDueAsync(stoppingToken);

    /// <inheritdoc />
    protected override TimeSpan DelayAfterRun(DateTimeOffset now)
    {
        var delay = NextRun(now) - now;
        return delay > TimeSpan.Zero ? delay : TimeSpan.FromSeconds(1);
    }

    /// <inheritdoc />
    protected override void LogRunFailed(Exception error)
    {
        // The next report time tries again; the admins are not left without reports forever.
        LogFailed(error);
    }

    /// <summary>The latest local day whose report is due at <paramref name="now"/>: yesterday after the report time, else the day before.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The day.</returns>
    public DateOnly LatestDueDay(DateTimeOffset now)
    {
        var today = ReportPeriod.LocalDay(now, _options.Zone);
        return now >= ReportPeriod.At(today, _options.DailyAt, _options.Zone) ? today.AddDays(-1) : today.AddDays(-2);
    }

    /// <summary>The next report time after <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The instant.</returns>
    public DateTimeOffset NextRun(DateTimeOffset now)
    {
        var today = ReportPeriod.LocalDay(now, _options.Zone);
        var due = ReportPeriod.At(today, _options.DailyAt, _options.Zone);
        return now >= due ? ReportPeriod.At(today.AddDays(1), _options.DailyAt, _options.Zone) : due;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily report for {Day} queued for the admins")]
    private partial void LogSent(string day);

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily report failed")]
    private partial void LogFailed(Exception error);
}
