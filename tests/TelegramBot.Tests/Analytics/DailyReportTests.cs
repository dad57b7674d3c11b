using Kie.Samples.TelegramBot.Analytics;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Analytics;

/// <summary>The daily report: the previous local day, at the configured local time, once per day across restarts, with its chart when the day had generations.</summary>
public sealed class DailyReportTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public async Task The_report_goes_out_at_the_local_time_once_even_after_a_restart()
    {
        // The clock starts at 2030-01-01 00:00 UTC = 03:00 in Moscow; reports are due at 09:00 Moscow = 06:00 UTC.
        await using var bot = AnalyticsKit.Create(new Dictionary<string, string?> { ["Bot:Reports:DailyAt"] = "09:00" });
        await bot.StartAsync();
        await AnalyticsKit.OrderAsync(bot, "DAYONE0001", AnalyticsKit.ImageModel, AnalyticsKit.ImageMode, AnalyticsKit.Utc(1, 1, 8), "captured", 12, "4", 800);

        await bot.RunUntilAsync(() => Reports(bot).Count == 1, "the report for 31 December", Week);
        Assert.Contains("Daily report for 2029-12-31 (Europe/Moscow)", Reports(bot)[0], StringComparison.Ordinal);

        // Queued at 09:00 Moscow exactly, and nothing to the admin before it.
        Assert.Equal(AnalyticsKit.Utc(1, 1, 6).ToUnixTimeMilliseconds(), await OrderKit.ScalarAsync<long>(bot, "SELECT MIN(created_at) FROM outbox WHERE chat_id = $chat", ("$chat", AnalyticsKit.AdminId)));

        await bot.RestartAsync();
        await bot.RunUntilAsync(() => bot.Clock.GetUtcNow() >= AnalyticsKit.Utc(1, 1, 12), "noon", Week);
        Assert.Single(Reports(bot));

        await bot.RunUntilAsync(() => Reports(bot).Count == 2, "the report for 1 January", Week);
        var second = Reports(bot)[1];
        Assert.Contains("Daily report for 2030-01-01 (Europe/Moscow)", second, StringComparison.Ordinal);
        Assert.Contains("Generations: 1 — ✅ 1, ❌ 0, ⏳ 0 (success 100.0%)", second, StringComparison.Ordinal);
        Assert.Contains("Time to result: p50 12.0 s, p95 12.0 s", second, StringComparison.Ordinal);
        Assert.Equal(AnalyticsKit.Utc(1, 2, 6).ToUnixTimeMilliseconds(), await OrderKit.ScalarAsync<long>(bot, "SELECT MAX(created_at) FROM outbox WHERE chat_id = $chat", ("$chat", AnalyticsKit.AdminId)));
    }

    [Fact]
    public async Task A_missed_report_is_sent_late_once_and_the_first_start_sends_nothing_old()
    {
        await using var bot = AnalyticsKit.Create();
        var service = bot.Services.GetRequiredService<DailyReportService>();

        Assert.False(await service.SendDueAsync());
        Assert.Equal("2029-12-30", await OrderKit.ScalarAsync<string>(bot, "SELECT value FROM report_state WHERE key = $key", ("$key", AnalyticsStore.LastDailyReportKey)));

        // The bot was down through two report times: only the latest missed day is reported, once.
        AnalyticsKit.MoveTo(bot, AnalyticsKit.Utc(1, 2, 7));
        Assert.True(await service.SendDueAsync());
        Assert.False(await service.SendDueAsync());

        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM outbox WHERE chat_id = $chat", ("$chat", AnalyticsKit.AdminId)));
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM outbox WHERE chat_id = $chat AND payload LIKE '%Daily report for 2030-01-01 %'", ("$chat", AnalyticsKit.AdminId)));
    }

    [Fact]
    public async Task Report_times_follow_the_local_clock()
    {
        await using var bot = AnalyticsKit.Create(new Dictionary<string, string?> { ["Bot:Reports:DailyAt"] = "23:30" });
        var service = bot.Services.GetRequiredService<DailyReportService>();

        // 00:00 UTC is 03:00 in Moscow: today's 23:30 Moscow is 20:30 UTC.
        Assert.Equal(AnalyticsKit.Utc(1, 1, 20, 30), service.NextRun(AnalyticsKit.Utc(1, 1, 0)));
        Assert.Equal(new DateOnly(2029, 12, 30), service.LatestDueDay(AnalyticsKit.Utc(1, 1, 0)));
        Assert.Equal(new DateOnly(2029, 12, 31), service.LatestDueDay(AnalyticsKit.Utc(1, 1, 20, 30)));
        Assert.Equal(AnalyticsKit.Utc(1, 2, 20, 30), service.NextRun(AnalyticsKit.Utc(1, 1, 20, 30)));
    }

    [Theory]
    [InlineData("Bot:Reports:TimeZone", "Mars/Olympus", "Bot:Reports:TimeZone")]
    [InlineData("Bot:Reports:DailyAt", "1.00:00:00", "Bot:Reports:DailyAt")]
    [InlineData("Bot:Reports:LowCreditThreshold", "-1", "Bot:Reports:LowCreditThreshold")]
    [InlineData("Bot:Reports:CreditCheckInterval", "00:00:10", "Bot:Reports:CreditCheckInterval")]
    [InlineData("Bot:Reports:ReconciliationTolerance", "-0.5", "Bot:Reports:ReconciliationTolerance")]
    public void A_bad_setting_stops_start_up_naming_its_key(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => ReportsOptions.FromConfiguration(configuration));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_with_generations_is_reported_with_its_chart_and_an_empty_day_without()
    {
        await using var bot = AnalyticsKit.Create(new Dictionary<string, string?> { ["Bot:Reports:DailyAt"] = "09:00" });
        await bot.StartAsync();
        await AnalyticsKit.OrderAsync(bot, "DAYONE0001", AnalyticsKit.ImageModel, AnalyticsKit.ImageMode, AnalyticsKit.Utc(1, 1, 8), "captured", 12, "4", 800);

        // 31 December had no generations: text only.
        await bot.RunUntilAsync(() => Reports(bot).Count == 1, "the report for 31 December", Week);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        Assert.Empty(bot.Chat.MediaIn(AnalyticsKit.AdminId));

        // 1 January had one: the text, then the chart as a photo.
        await bot.RunUntilAsync(() => Reports(bot).Count == 2, "the report for 1 January", Week);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        var photo = Assert.Single(Assert.Single(bot.Chat.MediaIn(AnalyticsKit.AdminId)).Media);
        Assert.Equal(MediaKind.Photo, photo.Kind);
        Assert.EndsWith(BotTexts.For(BotLanguage.En).StatsChartCaption, photo.Caption, StringComparison.Ordinal);
        await using var stream = await Assert.IsType<MediaSource.Upload>(photo.Source).Open(CancellationToken.None);
        var head = new byte[8];
        await stream.ReadExactlyAsync(head);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
        var calls = bot.Chat.Calls.Where(call => call.ChatId == AnalyticsKit.AdminId).ToList();
        Assert.True(calls.FindLastIndex(call => call.Screen?.Text.Contains("Daily report for 2030-01-01", StringComparison.Ordinal) == true) < calls.FindIndex(call => call.Media.Count > 0), "the chart follows its report");
    }

    private static IReadOnlyList<string> Reports(BotHarness bot) =>
        bot.Chat.TextsIn(AnalyticsKit.AdminId).Where(text => text.Contains("Daily report for", StringComparison.Ordinal)).ToArray();
}
