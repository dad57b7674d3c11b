using System.Globalization;
using System.Text;
using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// <c>/stats [days]</c>: a text summary and a chart of the last days (today included); <c>/stats_csv [days]</c> or the
/// CSV button: the day × model × mode rows as a CSV document. Admins only: for anyone else it claims nothing, so the
/// reply is the same as to any unknown command (and a forged button gets "menu expired").
/// </summary>
public sealed class StatsFeature : IBotFeature
{
    /// <summary>The default number of days.</summary>
    public const int DefaultDays = 7;

    /// <summary>The most days one report covers.</summary>
    public const int MaxDays = 366;

    /// <summary>The prefix of the CSV button's data (<c>stats:csv:&lt;days&gt;</c>).</summary>
    public const string CsvPrefix = "stats:csv:";

    private readonly ReportBuilder _builder;
    private readonly ReportsOptions _options;
    private readonly LiveCatalog _catalog;
    private readonly TimeProvider _time;

    /// <summary>Creates the feature.</summary>
    /// <param name="builder">Builds reports.</param>
    /// <param name="options">The report settings (time zone).</param>
    /// <param name="catalog">The live catalog (money formatting).</param>
    /// <param name="time">The clock.</param>
    public StatsFeature(ReportBuilder builder, ReportsOptions options, LiveCatalog catalog, TimeProvider time)
    {
        _builder = builder;
        _options = options;
        _catalog = catalog;
        _time = time;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsAdmin)
        {
            return false;
        }

        if (context.ButtonData is { } data && data.StartsWith(CsvPrefix, StringComparison.Ordinal))
        {
            if (!TryDays(data[CsvPrefix.Length..], out var pressedDays))
            {
                return false;
            }

            await context.AnswerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await SendCsvAsync(context, pressedDays, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!AdminChat.TryGetCommand(context, out var command) || command.Name is not ("stats" or "stats_csv"))
        {
            return false;
        }

        if (!TryDays(command.Arguments, out var days))
        {
            await context.ReplyAsync(new Screen(context.Texts.StatsUsage(command.Name, MaxDays)), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (command.Name == "stats_csv")
        {
            await SendCsvAsync(context, days, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SendSummaryAsync(context, days, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task SendSummaryAsync(BotContext context, int days, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var report = await _builder.BuildAsync(Period(days), cancellationToken).ConfigureAwait(false);
        var title = texts.StatsTitle(Day(report.Period.From), Day(report.Period.To.AddDays(-1)), report.Period.Zone.Id);
        var csvButton = ScreenButton.Callback(texts.StatsCsvButton, CsvPrefix + days.ToString(CultureInfo.InvariantCulture));
        await context.ReplyAsync(new Screen(ReportText.Summary(report, texts, _catalog.Prices, title), [[csvButton]]), cancellationToken).ConfigureAwait(false);
        if (report.Totals.Generations == 0)
        {
            return;
        }

        var png = ReportChart.Render(report, texts);
        var chart = new OutgoingMedia(MediaKind.Photo, new MediaSource.Upload(_ => Task.FromResult<Stream>(new MemoryStream(png, writable: false)), "stats.png"), texts.StatsChartCaption);
        await context.Chat.SendMediaAsync(context.ChatId, [chart], cancellationToken).ConfigureAwait(false);
    }

    private async Task SendCsvAsync(BotContext context, int days, CancellationToken cancellationToken)
    {
        var report = await _builder.BuildAsync(Period(days), cancellationToken).ConfigureAwait(false);
        var bytes = Encoding.UTF8.GetBytes(ReportCsv.Write(report));
        var from = Day(report.Period.From);
        var to = Day(report.Period.To.AddDays(-1));
        var document = new OutgoingMedia(
            MediaKind.Document,
            new MediaSource.Upload(_ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)), $"stats-{from}-{to}.csv"),
            context.Texts.StatsCsvCaption(from, to));
        await context.Chat.SendMediaAsync(context.ChatId, [document], cancellationToken).ConfigureAwait(false);
    }

    private ReportPeriod Period(int days) => ReportPeriod.LastDays(_time.GetUtcNow(), days, _options.Zone);

    private static bool TryDays(string text, out int days)
    {
        if (text.Length == 0)
        {
            days = DefaultDays;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days is >= 1 and <= MaxDays;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
