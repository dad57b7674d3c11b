using System.Globalization;
using System.Text;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Writes a report's day × model × mode rows as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma,
/// quote or line break quoted, quotes doubled; invariant culture; money in minor units, credits as decimals, times in
/// milliseconds, an empty field where a figure does not exist).
/// </summary>
public static class ReportCsv
{
    /// <summary>The header row.</summary>
    public const string Header =
        "day,model,mode,generations,succeeded,failed,pending,success_rate,failures,p50_ms,p95_ms,credits_spent,revenue_minor,refunded_minor,ratings,average_rating";

    /// <summary>The CSV text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    public static string Write(AnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in report.Rows)
        {
            var f = row.Figures;
            var fields = new[]
            {
                row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.ModelId,
                row.ModeId,
                Number(f.Generations),
                Number(f.Succeeded),
                Number(f.Failed),
                Number(f.Pending),
                f.SuccessRate is { } rate ? Math.Round(rate, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty,
                string.Join(";", f.FailuresByCode.Select(failure => string.Create(CultureInfo.InvariantCulture, $"{failure.Code}:{failure.Count}"))),
                f.P50 is { } p50 ? Number((long)p50.TotalMilliseconds) : string.Empty,
                f.P95 is { } p95 ? Number((long)p95.TotalMilliseconds) : string.Empty,
                f.CreditsSpent.ToString("0.####", CultureInfo.InvariantCulture),
                Number(f.RevenueMinor),
                Number(f.RefundedMinor),
                Number(f.Ratings),
                f.AverageRating is { } average ? average.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
            };
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Quotes a field when it needs it.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The field as written.</returns>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
