using System.Text;
using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Analytics;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Analytics;

/// <summary>/stats and /stats_csv: admins get a summary, a PNG chart and an exact CSV; anyone else cannot tell they exist.</summary>
public sealed class StatsCommandTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Stats_sends_a_summary_and_a_png_chart()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);
        AnalyticsKit.MoveTo(bot, AnalyticsKit.Utc(1, 2, 20));

        await bot.SendTextAsync("/stats 2", AnalyticsKit.AdminId);

        var summary = bot.Chat.TextsIn(AnalyticsKit.AdminId)[^1];
        Assert.Contains("📊 Report 2030-01-01 – 2030-01-02 (Europe/Moscow)", summary, StringComparison.Ordinal);
        Assert.Contains("Generations: 8 — ✅ 4, ❌ 3, ⏳ 1 (success 57.1%)", summary, StringComparison.Ordinal);
        Assert.Contains("Failures by code: task_failed ×2, timed_out ×1", summary, StringComparison.Ordinal);
        Assert.Contains("Time to result: p50 20.0 s, p95 60.0 s", summary, StringComparison.Ordinal);
        Assert.Contains("KIE credits: 42.5 · revenue: 85 ₽ · refunded for failures: 24 ₽", summary, StringComparison.Ordinal);
        Assert.Contains("Stars refunds: 1 (50 ⭐, 40 ₽ taken back from balances)", summary, StringComparison.Ordinal);
        Assert.Contains("Ratings: 3.50 average of 2 · /feedback messages: 1", summary, StringComparison.Ordinal);
        Assert.Contains("• nano-banana / text-to-image: 7 (50.0%), p50 20.0 s, 12.5 cr, 25 ₽, 3.50⭐", summary, StringComparison.Ordinal);
        Assert.Contains("Great colours", summary, StringComparison.Ordinal);
        var photo = Assert.Single(bot.Chat.MediaIn(AnalyticsKit.AdminId));
        var item = Assert.Single(photo.Media);
        Assert.Equal(MediaKind.Photo, item.Kind);
        var png = await ReadAsync(Assert.IsType<MediaSource.Upload>(item.Source));
        Assert.True(png.Length > 1000, $"a {png.Length}-byte image");
        Assert.Equal(PngSignature, png[..8]);
    }

    [Fact]
    public async Task Stats_csv_sends_exact_rows_per_day_model_and_mode()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);
        AnalyticsKit.MoveTo(bot, AnalyticsKit.Utc(1, 2, 20));

        await bot.SendTextAsync("/stats_csv 2", AnalyticsKit.AdminId);

        var document = Assert.Single(Assert.Single(bot.Chat.MediaIn(AnalyticsKit.AdminId)).Media);
        Assert.Equal(MediaKind.Document, document.Kind);
        var upload = Assert.IsType<MediaSource.Upload>(document.Source);
        Assert.Equal("stats-2030-01-01-2030-01-02.csv", upload.FileName);
        var csv = Encoding.UTF8.GetString(await ReadAsync(upload));
        Assert.Equal(
            ReportCsv.Header + "\r\n" +
            "2030-01-01,nano-banana,text-to-image,3,2,1,0,0.6667,task_failed:1,10000,20000,8.5,1700,800,2,3.50\r\n" +
            "2030-01-01,veo3,text-to-video,1,1,0,0,1,,60000,60000,30,6000,0,0,\r\n" +
            "2030-01-02,nano-banana,text-to-image,4,1,2,1,0.3333,task_failed:1;timed_out:1,30000,30000,4,800,1600,0,\r\n",
            csv);
    }

    [Fact]
    public async Task The_csv_button_under_the_summary_sends_the_same_document()
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);
        AnalyticsKit.MoveTo(bot, AnalyticsKit.Utc(1, 2, 20));
        await bot.SendTextAsync("/stats 2", AnalyticsKit.AdminId);

        await bot.PressAsync(StatsFeature.CsvPrefix + "2", AnalyticsKit.AdminId);

        var media = bot.Chat.MediaIn(AnalyticsKit.AdminId);
        Assert.Equal(2, media.Count);
        Assert.Equal("stats-2030-01-01-2030-01-02.csv", Assert.IsType<MediaSource.Upload>(media[1].Media[0].Source).FileName);
    }

    [Theory]
    [InlineData(",", "\",\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain", "plain")]
    public void Csv_fields_are_quoted_when_needed(string field, string written) => Assert.Equal(written, ReportCsv.Quote(field));

    [Theory]
    [InlineData("/stats")]
    [InlineData("/stats 7")]
    [InlineData("/stats_csv")]
    public async Task A_non_admin_gets_the_same_reply_as_for_an_unknown_command(string command)
    {
        await using var bot = AnalyticsKit.Create();
        await AnalyticsKit.InsertFixtureAsync(bot);
        await bot.SendTextAsync("/nosuchcommand");
        var unknown = bot.Chat.TextsIn(BotHarness.UserId)[^1];

        await bot.SendTextAsync(command);

        Assert.Equal(unknown, bot.Chat.TextsIn(BotHarness.UserId)[^1]);
        Assert.Empty(bot.Chat.MediaIn(BotHarness.UserId));
    }

    [Fact]
    public async Task A_non_admin_pressing_a_forged_csv_button_gets_menu_expired()
    {
        await using var bot = AnalyticsKit.Create();

        var callback = await bot.PressAsync(StatsFeature.CsvPrefix + "7");

        Assert.Empty(bot.Chat.MediaIn(BotHarness.UserId));
        Assert.Contains(bot.Chat.Calls, call => call.Method == "answer" && call.Detail == callback + "|" + Localization.BotTexts.For(Localization.BotLanguage.En).MenuExpired);
    }

    [Fact]
    public async Task A_bad_day_count_gets_the_usage_and_an_empty_period_no_chart()
    {
        await using var bot = AnalyticsKit.Create();

        await bot.SendTextAsync("/stats 0", AnalyticsKit.AdminId);
        Assert.Contains("Usage: /stats [days]", bot.Chat.TextsIn(AnalyticsKit.AdminId)[^1], StringComparison.Ordinal);
        await bot.SendTextAsync("/stats", AnalyticsKit.AdminId);

        Assert.Contains("No generations in this period.", bot.Chat.TextsIn(AnalyticsKit.AdminId)[^1], StringComparison.Ordinal);
        Assert.Empty(bot.Chat.MediaIn(AnalyticsKit.AdminId));
    }

    [Fact]
    public void The_admin_help_lists_the_commands()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddBotAnalytics(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var usages = provider.GetServices<AdminCommandInfo>().Select(info => info.Usage).ToArray();

        Assert.Equal(["/stats [days]", "/stats_csv [days]"], usages);
    }

    private static async Task<byte[]> ReadAsync(MediaSource.Upload upload)
    {
        await using var stream = await upload.Open(CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
