using System.Globalization;
using Kie.Samples.TelegramBot.Localization;
using ScottPlot;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>Draws a report as a PNG: generations per day, stacked succeeded and failed (counts only: no money is drawn).</summary>
public static class ReportChart
{
    /// <summary>The image width in pixels.</summary>
    public const int Width = 900;

    /// <summary>The image height in pixels.</summary>
    public const int Height = 450;

    /// <summary>Renders the chart.</summary>
    /// <param name="report">The report.</param>
    /// <param name="texts">The reader's texts (title and legend).</param>
    /// <returns>The PNG bytes.</returns>
    public static byte[] Render(AnalyticsReport report, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        var succeededColor = Colors.SeaGreen;
        var failedColor = Colors.IndianRed;
        using var plot = new Plot();
        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        var position = 0;
        foreach (var (day, figures) in report.Days)
        {
            // ScottPlot draws in doubles; these are small whole counts, so nothing is lost.
            bars.Add(new Bar { Position = position, ValueBase = 0, Value = figures.Succeeded, FillColor = succeededColor });
            bars.Add(new Bar { Position = position, ValueBase = figures.Succeeded, Value = figures.Succeeded + figures.Failed, FillColor = failedColor });
            positions.Add(position);
            labels.Add(day.ToString("MM-dd", CultureInfo.InvariantCulture));
            position++;
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. positions], [.. labels]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(texts.StatsChartCaption);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.StatsChartSucceeded, FillColor = succeededColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.StatsChartFailed, FillColor = failedColor });
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
