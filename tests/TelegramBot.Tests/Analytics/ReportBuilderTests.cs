using Kie.Samples.TelegramBot.Analytics;

namespace Kie.Samples.TelegramBot.Tests.Analytics;

/// <summary>Report figures checked against a fixture of generations with known answers (days cut in Moscow time).</summary>
public sealed class ReportBuilderTests
{
    [Fact]
    public async Task Totals_over_the_period_match_the_fixture_exactly()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);

        var report = await AnalyticsKit.ReportAsync(bot, AnalyticsKit.Day1, AnalyticsKit.Day2.AddDays(1));

        var totals = report.Totals;
        Assert.Equal(8, totals.Generations);
        Assert.Equal(4, totals.Succeeded);
        Assert.Equal(3, totals.Failed);
        Assert.Equal(1, totals.Pending);
        Assert.Equal(4m / 7m, totals.SuccessRate);
        Assert.Equal([("task_failed", 2), ("timed_out", 1)], totals.FailuresByCode);
        Assert.Equal(TimeSpan.FromSeconds(20), totals.P50);
        Assert.Equal(TimeSpan.FromSeconds(60), totals.P95);
        Assert.Equal(42.5m, totals.CreditsSpent);
        Assert.Equal(8500, totals.RevenueMinor);
        Assert.Equal(2400, totals.RefundedMinor);
        Assert.Equal(2, totals.Ratings);
        Assert.Equal(3.50m, totals.AverageRating);
    }

    [Fact]
    public async Task Each_model_and_mode_has_its_own_figures()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);

        var report = await AnalyticsKit.ReportAsync(bot, AnalyticsKit.Day1, AnalyticsKit.Day2.AddDays(1));

        Assert.Equal(2, report.Models.Count);
        var image = report.Models[0];
        Assert.Equal((AnalyticsKit.ImageModel, AnalyticsKit.ImageMode), (image.ModelId, image.ModeId));
        Assert.Equal((7, 3, 3, 1), (image.Figures.Generations, image.Figures.Succeeded, image.Figures.Failed, image.Figures.Pending));
        Assert.Equal(0.5m, image.Figures.SuccessRate);
        Assert.Equal(TimeSpan.FromSeconds(20), image.Figures.P50);
        Assert.Equal(TimeSpan.FromSeconds(30), image.Figures.P95);
        Assert.Equal(12.5m, image.Figures.CreditsSpent);
        Assert.Equal(2500, image.Figures.RevenueMinor);
        Assert.Equal(2400, image.Figures.RefundedMinor);
        Assert.Equal(3.50m, image.Figures.AverageRating);
        var video = report.Models[1];
        Assert.Equal((AnalyticsKit.VideoModel, AnalyticsKit.VideoMode), (video.ModelId, video.ModeId));
        Assert.Equal((1, 1, 0), (video.Figures.Generations, video.Figures.Succeeded, video.Figures.Failed));
        Assert.Equal(1m, video.Figures.SuccessRate);
        Assert.Equal(TimeSpan.FromSeconds(60), video.Figures.P50);
        Assert.Equal(TimeSpan.FromSeconds(60), video.Figures.P95);
        Assert.Equal(30m, video.Figures.CreditsSpent);
        Assert.Equal(6000, video.Figures.RevenueMinor);
        Assert.Empty(video.Figures.FailuresByCode);
        Assert.Null(video.Figures.AverageRating);
    }

    [Fact]
    public async Task Days_are_cut_at_local_midnight_not_UTC()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);

        var report = await AnalyticsKit.ReportAsync(bot, AnalyticsKit.Day1, AnalyticsKit.Day2.AddDays(1));

        Assert.Equal([AnalyticsKit.Day1, AnalyticsKit.Day2], report.Days.Select(day => day.Day));
        var (_, day1) = report.Days[0];
        Assert.Equal((4, 3, 1, 0), (day1.Generations, day1.Succeeded, day1.Failed, day1.Pending));
        Assert.Equal(TimeSpan.FromSeconds(20), day1.P50);
        Assert.Equal(TimeSpan.FromSeconds(60), day1.P95);
        Assert.Equal(38.5m, day1.CreditsSpent);
        Assert.Equal(7700, day1.RevenueMinor);
        Assert.Equal(800, day1.RefundedMinor);
        var (_, day2) = report.Days[1];
        Assert.Equal((4, 1, 2, 1), (day2.Generations, day2.Succeeded, day2.Failed, day2.Pending));
        Assert.Equal(4m, day2.CreditsSpent);
        Assert.Equal(800, day2.RevenueMinor);
        Assert.Equal(1600, day2.RefundedMinor);
        Assert.Equal(
            [(AnalyticsKit.Day1, AnalyticsKit.ImageModel), (AnalyticsKit.Day1, AnalyticsKit.VideoModel), (AnalyticsKit.Day2, AnalyticsKit.ImageModel)],
            report.Rows.Select(row => (row.Day, row.ModelId)));
        Assert.Equal(3, report.Rows[0].Figures.Generations);
    }

    [Fact]
    public async Task Stars_refunds_and_feedback_are_in_the_report()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);

        var report = await AnalyticsKit.ReportAsync(bot, AnalyticsKit.Day1, AnalyticsKit.Day2.AddDays(1));

        Assert.Equal([new StarRefundDay(AnalyticsKit.Day2, 1, 50, 4000)], report.StarRefunds);
        Assert.Equal(1, report.FeedbackMessages);
        Assert.Equal(["Please add more models", "Great colours"], report.Comments.Select(comment => comment.Text));
        Assert.Equal(("FIXTURE001", 5), (report.Comments[1].OrderId, report.Comments[1].Rating));
        Assert.Null(report.Comments[0].OrderId);
    }

    [Fact]
    public async Task A_single_day_excludes_its_neighbours()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);

        var report = await AnalyticsKit.ReportAsync(bot, AnalyticsKit.Day2, AnalyticsKit.Day2.AddDays(1));

        Assert.Equal(4, report.Totals.Generations);
        Assert.Equal(TimeSpan.FromSeconds(30), report.Totals.P50);
        Assert.DoesNotContain(report.Comments, comment => comment.OrderId is not null);
    }

    [Theory]
    [InlineData(50, 5)]
    [InlineData(95, 10)]
    [InlineData(100, 10)]
    [InlineData(10, 1)]
    public void Percentiles_use_the_nearest_rank(int percent, long expected)
    {
        long[] values = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6];

        Assert.Equal(expected, Percentiles.NearestRank(values, percent));
    }

    [Fact]
    public void The_95th_percentile_of_twenty_values_is_the_nineteenth()
    {
        var values = Enumerable.Range(1, 20).Select(value => (long)value).ToArray();

        Assert.Equal(19, Percentiles.NearestRank(values, 95));
        Assert.Null(Percentiles.NearestRank([], 50));
    }
}
