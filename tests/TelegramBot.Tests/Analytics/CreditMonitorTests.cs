using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Analytics;

/// <summary>The KIE credit watch: every reading stored, the low-credit alert once per crossing of the threshold.</summary>
public sealed class CreditMonitorTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_alert_fires_once_per_crossing_not_on_every_check()
    {
        // The KIE account outlives a restart of the bot: each new simulator starts from the balance the last one had.
        var account = new KieAccount(1000m);
        await using var bot = AnalyticsKit.Create(
            new Dictionary<string, string?>
            {
                ["Bot:Reports:LowCreditThreshold"] = "500",
                ["Bot:Reports:CreditCheckInterval"] = "00:05:00",
                ["Bot:Reports:DailyReport"] = "false",
            },
            services => services.AddSingleton(provider => new KieSimulator(new KieSimulatorOptions
            {
                TimeProvider = provider.GetRequiredService<TimeProvider>(),
                InitialCredits = account.Credits,
            })));
        await bot.StartAsync();
        await RunChecksAsync(bot, 1);
        Assert.Empty(Alerts(bot));

        account.Set(bot, 400m);
        await bot.RunUntilAsync(() => Alerts(bot).Count == 1, "the first alert");
        Assert.Contains("400 left (alert threshold 500)", Alerts(bot)[0], StringComparison.Ordinal);
        await RunChecksAsync(bot, 3);
        Assert.Single(Alerts(bot));

        // A restart while still low does not repeat it.
        await bot.RestartAsync();
        await RunChecksAsync(bot, 2);
        Assert.Single(Alerts(bot));

        account.Set(bot, 800m);
        await RunChecksAsync(bot, 2);
        account.Set(bot, 300m);
        await bot.RunUntilAsync(() => Alerts(bot).Count == 2, "the second alert");
        Assert.Contains("300 left", Alerts(bot)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_reading_is_stored_and_no_alert_without_a_threshold()
    {
        await using var bot = AnalyticsKit.Create(new Dictionary<string, string?>
        {
            ["Bot:Reports:LowCreditThreshold"] = "0",
            ["Bot:Reports:CreditCheckInterval"] = "00:05:00",
        });
        bot.Simulator!.Credits = 3m;
        await bot.StartAsync();

        await RunChecksAsync(bot, 4);

        Assert.Empty(Alerts(bot));
        Assert.True(await Snapshots(bot) >= 4);
        Assert.Equal("3", await OrderKit.ScalarAsync<string>(bot, "SELECT credits FROM kie_credit_snapshots ORDER BY id DESC LIMIT 1"));
    }

    private sealed class KieAccount(decimal credits)
    {
        public decimal Credits { get; private set; } = credits;

        public void Set(BotHarness bot, decimal value)
        {
            Credits = value;
            bot.Simulator!.Credits = value;
        }
    }

    private static async Task RunChecksAsync(BotHarness bot, int checks)
    {
        var target = await Snapshots(bot) + checks;
        await bot.RunUntilAsync(async () => await Snapshots(bot) >= target, $"{checks} more credit checks", TimeSpan.FromHours(1));
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
    }

    private static Task<long> Snapshots(BotHarness bot) => OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM kie_credit_snapshots");

    private static IReadOnlyList<string> Alerts(BotHarness bot) =>
        bot.Chat.TextsIn(AnalyticsKit.AdminId).Where(text => text.Contains("KIE credits are low", StringComparison.Ordinal)).ToArray();
}
