using Kie.Samples.TelegramBot.Analytics;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Analytics;

/// <summary>The daily reconciliation of KIE's credit drop against the credits our tasks consumed.</summary>
public sealed class ReconciliationTests
{
    [Fact]
    public async Task A_drop_our_tasks_explain_is_not_flagged_and_a_top_up_is_not_negative_spend()
    {
        await using var bot = AnalyticsKit.Create(new Dictionary<string, string?> { ["Bot:Reports:ReconciliationTolerance"] = "1" });
        // Day 1 in Moscow is 31 Dec 21:00 UTC – 1 Jan 21:00 UTC. 1000 → 990 → top-up to 1990 → 1975.
        await SnapshotAsync(bot, AnalyticsKit.Utc(12, 31, 20), 1000m);
        await SnapshotAsync(bot, AnalyticsKit.Utc(1, 1, 10), 990m);
        await SnapshotAsync(bot, AnalyticsKit.Utc(1, 1, 12), 1990m);
        await SnapshotAsync(bot, AnalyticsKit.Utc(1, 1, 21, 15), 1975m);
        await AnalyticsKit.OrderAsync(bot, "RECON00001", AnalyticsKit.ImageModel, AnalyticsKit.ImageMode, AnalyticsKit.Utc(1, 1, 9), "captured", 30, "10", 800);
        await AnalyticsKit.OrderAsync(bot, "RECON00002", AnalyticsKit.VideoModel, AnalyticsKit.VideoMode, AnalyticsKit.Utc(1, 1, 15), "captured", 60, "14.5", 800);

        var check = await ReconcileAsync(bot);

        Assert.Equal(25m, check.KieSpent);
        Assert.Equal(1000m, check.TopUps);
        Assert.Equal(24.5m, check.OurTasks);
        Assert.Equal(0.5m, check.Unexplained);
        Assert.False(check.IsFlagged);
        var text = await WriteAsync(bot);
        Assert.Contains("balance dropped by 25, our tasks used 24.5, unexplained 0.5 (top-ups 1000)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UNEXPLAINED", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spend_nothing_explains_is_flagged_in_the_daily_report()
    {
        await using var bot = AnalyticsKit.Create(new Dictionary<string, string?> { ["Bot:Reports:ReconciliationTolerance"] = "1" });
        await SnapshotAsync(bot, AnalyticsKit.Utc(12, 31, 20), 1000m);
        await SnapshotAsync(bot, AnalyticsKit.Utc(1, 1, 21, 15), 950m);
        await AnalyticsKit.OrderAsync(bot, "RECON00001", AnalyticsKit.ImageModel, AnalyticsKit.ImageMode, AnalyticsKit.Utc(1, 1, 9), "captured", 30, "10", 800);

        // A task of ours completed outside the bounding readings does not count.
        await AnalyticsKit.OrderAsync(bot, "RECON00003", AnalyticsKit.ImageModel, AnalyticsKit.ImageMode, AnalyticsKit.Utc(1, 1, 22), "captured", 30, "40", 800);

        var check = await ReconcileAsync(bot);

        Assert.Equal(50m, check.KieSpent);
        Assert.Equal(10m, check.OurTasks);
        Assert.Equal(40m, check.Unexplained);
        Assert.True(check.IsFlagged);
        Assert.Contains("⚠️ UNEXPLAINED KIE SPEND above the tolerance of 1 credits", await WriteAsync(bot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_two_readings_the_report_says_it_cannot_reconcile()
    {
        await using var bot = AnalyticsKit.Create();
        await SnapshotAsync(bot, AnalyticsKit.Utc(1, 1, 10), 990m);

        Assert.Null(await bot.Services.GetRequiredService<DailyReport>().ReconcileAsync(ReportPeriod.Day(AnalyticsKit.Day2, Zone)));
        Assert.Contains("not enough balance readings", await WriteAsync(bot, AnalyticsKit.Day2), StringComparison.Ordinal);
    }

    [Fact]
    public void A_balance_that_only_rises_is_a_top_up_with_no_spend()
    {
        var check = CreditReconciliation.Of(
            [new CreditSnapshot(AnalyticsKit.Utc(1, 1, 0), 100m), new CreditSnapshot(AnalyticsKit.Utc(1, 1, 1), 600m)],
            ourTasks: 0m,
            tolerance: 0m)!;

        Assert.Equal(0m, check.KieSpent);
        Assert.Equal(500m, check.TopUps);
        Assert.Equal(0m, check.Unexplained);
        Assert.False(check.IsFlagged);
    }

    private static TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(AnalyticsKit.Zone);

    private static Task SnapshotAsync(BotHarness bot, DateTimeOffset at, decimal credits) =>
        bot.Services.GetRequiredService<AnalyticsStore>().AddSnapshotAsync(new CreditSnapshot(at, credits));

    private static async Task<CreditReconciliation> ReconcileAsync(BotHarness bot) =>
        await bot.Services.GetRequiredService<DailyReport>().ReconcileAsync(ReportPeriod.Day(AnalyticsKit.Day1, Zone))
        ?? throw new Xunit.Sdk.XunitException("No reconciliation.");

    private static async Task<string> WriteAsync(BotHarness bot, DateOnly? day = null)
    {
        var daily = bot.Services.GetRequiredService<DailyReport>();
        return daily.Write(await daily.BuildAsync(day ?? AnalyticsKit.Day1), BotTexts.For(BotLanguage.En));
    }
}
