using System.Globalization;
using System.Text;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>Writes a report as a chat message (plain text, numbers in invariant culture, money in the pricing currency).</summary>
public static class ReportText
{
    /// <summary>How many models the summary lists.</summary>
    public const int ModelsListed = 5;

    /// <summary>The summary: totals, failures, times, money, ratings, top models and the latest feedback.</summary>
    /// <param name="report">The report.</param>
    /// <param name="texts">The reader's texts.</param>
    /// <param name="money">Formats money.</param>
    /// <param name="title">The first line.</param>
    /// <returns>The text.</returns>
    public static string Summary(AnalyticsReport report, BotTexts texts, PriceCalculator money, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(money);
        var text = new StringBuilder(title).Append('\n');
        var totals = report.Totals;
        if (totals.Generations == 0)
        {
            text.Append(texts.StatsNothing).Append('\n');
        }
        else
        {
            text.Append(texts.StatsGenerations(totals.Generations, totals.Succeeded, totals.Failed, totals.Pending, Rate(totals.SuccessRate))).Append('\n');
            if (totals.FailuresByCode.Count > 0)
            {
                text.Append(texts.StatsFailures(Failures(totals))).Append('\n');
            }

            text.Append(texts.StatsTimes(Duration(totals.P50), Duration(totals.P95))).Append('\n');
            text.Append(texts.StatsMoney(Credits(totals.CreditsSpent), money.FormatMinorUnits(totals.RevenueMinor), money.FormatMinorUnits(totals.RefundedMinor))).Append('\n');
        }

        if (report.StarRefunds.Count > 0)
        {
            text.Append(texts.StatsStarRefunds(report.StarRefunds.Sum(day => day.Count), report.StarRefunds.Sum(day => day.Stars), money.FormatMinorUnits(report.StarRefunds.Sum(day => day.ReversedMinor)))).Append('\n');
        }

        if (totals.Ratings > 0 || report.FeedbackMessages > 0)
        {
            text.Append(texts.StatsRatings(Rating(totals.AverageRating), totals.Ratings, report.FeedbackMessages)).Append('\n');
        }

        if (report.Models.Count > 0)
        {
            text.Append('\n').Append(texts.StatsTopModels).Append('\n');
            foreach (var row in report.Models.Take(ModelsListed))
            {
                var figures = row.Figures;
                text.Append(string.Create(
                    CultureInfo.InvariantCulture,
                    $"• {row.ModelId} / {row.ModeId}: {figures.Generations} ({Rate(figures.SuccessRate)}), p50 {Duration(figures.P50)}, {Credits(figures.CreditsSpent)} cr, {money.FormatMinorUnits(figures.RevenueMinor)}"));
                if (figures.AverageRating is { } average)
                {
                    text.Append(string.Create(CultureInfo.InvariantCulture, $", {Rating(average)}⭐"));
                }

                text.Append('\n');
            }
        }

        if (report.Comments.Count > 0)
        {
            text.Append('\n').Append(texts.StatsLatestFeedback).Append('\n');
            foreach (var comment in report.Comments)
            {
                var local = TimeZoneInfo.ConvertTime(comment.At, report.Period.Zone);
                var about = comment.OrderId is null ? string.Empty : $", {comment.OrderId} {comment.ModelId} {comment.Rating}⭐";
                text.Append(string.Create(CultureInfo.InvariantCulture, $"• {local:yyyy-MM-dd HH:mm} user {comment.UserId}{about}: {comment.Text}")).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A success rate as a percentage with one decimal (<c>81.8%</c>), or a dash.</summary>
    /// <param name="rate">0–1, or null.</param>
    /// <returns>The text.</returns>
    public static string Rate(decimal? rate) =>
        rate is { } value ? Math.Round(value * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A duration in seconds with one decimal (<c>12.5 s</c>), or a dash.</summary>
    /// <param name="duration">The duration, or null.</param>
    /// <returns>The text.</returns>
    public static string Duration(TimeSpan? duration) =>
        duration is { } value ? Math.Round((decimal)value.TotalMilliseconds / 1000, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + " s" : "—";

    /// <summary>Credits without trailing zeros (<c>12.5</c>).</summary>
    /// <param name="credits">The credits.</param>
    /// <returns>The text.</returns>
    public static string Credits(decimal credits) => credits.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Rating(decimal? rating) => rating is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Failures(ReportFigures figures) =>
        string.Join(", ", figures.FailuresByCode.Select(failure => string.Create(CultureInfo.InvariantCulture, $"{failure.Code} ×{failure.Count}")));
}
