using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Tests.Behaviour;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Catalog;

/// <summary>The scheduled sync: admins hear about a change once, and a broken source never stops the bot.</summary>
public sealed class ScheduledSyncTests : IDisposable
{
    private const string Notice = "scheduled catalog sync found changes";

    // Short, so few fake-time steps are needed (other services tick every minute).
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    // Other services' minute timers keep moving fake time while a run reads files and the database in real time.
    private static readonly TimeSpan Slack = TimeSpan.FromDays(1);

    private readonly string _file = Path.Combine(Path.GetTempPath(), "kie-bot-tests", "listing-" + Guid.NewGuid().ToString("N") + ".json");

    public ScheduledSyncTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
    }

    [Fact]
    public async Task Admins_are_told_once_per_change()
    {
        CatalogKit.WriteListing(_file, CatalogKit.NewModel("test/first-model", "First"));
        await using var bot = CatalogKit.Create(_file, Interval);
        await bot.StartAsync();

        await bot.RunUntilAsync(() => Notices(bot) == 1, "the first notice", Slack);
        Assert.Contains("/model test-first-model", bot.Chat.TextsIn(CatalogKit.AdminId)[^1], StringComparison.Ordinal);
        await RunUntilScheduledRunsAsync(bot, 2);
        Assert.Equal(1, Notices(bot));

        CatalogKit.WriteListing(_file, CatalogKit.NewModel("test/first-model", "First"), CatalogKit.NewModel("test/second-model", "Second"));
        await bot.RunUntilAsync(() => Notices(bot) == 2, "the second notice", Slack);
        await RunUntilScheduledRunsAsync(bot, 2);

        Assert.Equal(2, Notices(bot));
        Assert.Equal(2, (await CatalogKit.Store(bot).ListAsync()).Count);
        Assert.Empty(bot.Chat.TextsIn(BotHarness.UserId));
    }

    [Fact]
    public async Task A_diff_the_admin_saw_with_sync_is_not_told_again()
    {
        CatalogKit.WriteListing(_file, CatalogKit.NewModel("test/first-model", "First"));
        await using var bot = CatalogKit.Create(_file, Interval);
        await CatalogKit.AsAdminAsync(bot, "/sync");
        await bot.StartAsync();

        await RunUntilScheduledRunsAsync(bot, 2);

        Assert.Equal(0, Notices(bot));
    }

    [Fact]
    public async Task A_failing_source_is_tolerated_and_retried_at_the_next_interval()
    {
        File.WriteAllText(_file, "{ \"code\": 500, \"msg\": \"server error\" }");
        await using var bot = CatalogKit.Create(_file, Interval);
        await bot.StartAsync();

        await RunUntilScheduledRunsAsync(bot, 1);
        Assert.Equal(0, Notices(bot));
        await bot.SendTextAsync("/start");
        Assert.NotEmpty(bot.Chat.TextsIn(BotHarness.UserId));

        CatalogKit.WriteListing(_file, CatalogKit.NewModel("test/first-model", "First"));
        await bot.RunUntilAsync(() => Notices(bot) == 1, "a notice once the source works again", Slack);
    }

    [Fact]
    public async Task An_interval_of_zero_turns_the_scheduled_sync_off()
    {
        CatalogKit.WriteListing(_file, CatalogKit.NewModel("test/first-model", "First"));
        await using var bot = CatalogKit.Create(_file, TimeSpan.Zero);
        await bot.StartAsync();

        bot.Clock.Advance(TimeSpan.FromDays(3));
        await TestClock.QuietAsync(20);

        Assert.Null(await CatalogKit.Store(bot).GetStateAsync(CatalogSyncScheduler.LastRun));
        Assert.Equal(0, bot.Services.GetRequiredService<CatalogSyncScheduler>().CompletedRuns);
        Assert.Equal(0, Notices(bot));
    }

    public void Dispose() => File.Delete(_file);

    private static int Notices(BotHarness bot) =>
        bot.Chat.TextsIn(CatalogKit.AdminId).Count(text => text.Contains(Notice, StringComparison.Ordinal));

    /// <summary>Drives fake time until <paramref name="runs"/> more scheduled runs have finished.</summary>
    private static Task RunUntilScheduledRunsAsync(BotHarness bot, int runs)
    {
        var scheduler = bot.Services.GetRequiredService<CatalogSyncScheduler>();
        var target = scheduler.CompletedRuns + runs;
        return bot.RunUntilAsync(() => scheduler.CompletedRuns >= target, $"{runs} scheduled run(s)", Slack);
    }
}
