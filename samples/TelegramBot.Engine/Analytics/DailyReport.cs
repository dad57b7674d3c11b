using System.Text;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>A day's report with its KIE credit reconciliation, ready to be written in any language.</summary>
/// <param name="Report">The day's figures.</param>
/// <param name="Reconciliation">The credit check, or null when too few balance readings exist.</param>
public sealed record DailyReportContent(AnalyticsReport Report, CreditReconciliation? Reconciliation);

/// <summary>Builds the daily report: the day's summary and the reconciliation of KIE's credit drop against our tasks.</summary>
public sealed class DailyReport
{
    private readonly ReportBuilder _builder;
    private readonly AnalyticsStore _store;
    private readonly ReportsOptions _options;
    private readonly LiveCatalog _catalog;

    /// <summary>Creates the builder.</summary>
    /// <param name="builder">Builds reports.</param>
    /// <param name="store">Credit readings.</param>
    /// <param name="options">The report settings.</param>
    /// <param name="catalog">The live catalog (money formatting).</param>
    public DailyReport(ReportBuilder builder, AnalyticsStore store, ReportsOptions options, LiveCatalog catalog)
    {
        _builder = builder;
        _store = store;
        _options = options;
        _catalog = catalog;
    }

    /// <summary>Builds a day's report.</summary>
    /// <param name="day">The local day.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The content.</returns>
    public async Task<DailyReportContent> BuildAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var period = ReportPeriod.Day(day, _options.Zone);
        var report = await _builder.BuildAsync(period, cancellationToken).ConfigureAwait(false);
        return new DailyReportContent(report, await ReconcileAsync(period, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reconciles a period's KIE credit drop against our tasks' credits.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The reconciliation, or null with fewer than two readings around it.</returns>
    public async Task<CreditReconciliation?> ReconcileAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var snapshots = await _store.SnapshotsAroundAsync(period.Start, period.End, cancellationToken).ConfigureAwait(false);
        if (snapshots.Count < 2)
        {
            return null;
        }

        var ours = await _store.CreditsConsumedAsync(snapshots[0].TakenAt, snapshots[^1].TakenAt, cancellationToken).ConfigureAwait(false);
        return CreditReconciliation.Of(snapshots, ours, _options.ReconciliationTolerance);
    }

    /// <summary>Writes the report for one reader.</summary>
    /// <param name="content">The content.</param>
    /// <param name="texts">The reader's texts.</param>
    /// <returns>The message.</returns>
    public string Write(DailyReportContent content, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(texts);
        var period = content.Report.Period;
        var title = texts.DailyReportTitle(period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), period.Zone.Id);
        var text = new StringBuilder(ReportText.Summary(content.Report, texts, _catalog.Prices, title)).Append("\n\n");
        if (content.Reconciliation is not { } check)
        {
            return text.Append(texts.ReconciliationUnavailable).ToString();
        }

        text.Append(texts.ReconciliationLine(ReportText.Credits(check.KieSpent), ReportText.Credits(check.OurTasks), ReportText.Credits(check.Unexplained), ReportText.Credits(check.TopUps)));
        if (check.IsFlagged)
        {
            text.Append('\n').Append(texts.ReconciliationFlag(ReportText.Credits(check.Tolerance)));
        }

        return text.ToString();
    }
}
