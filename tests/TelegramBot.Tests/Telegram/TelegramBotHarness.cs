using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Telegram;
using Kie.Sdk.Tests.Behaviour;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// The whole bot wired the way the host wires it in polling mode — <c>AddTelegramAdapter</c> plus <c>AddBotEngine</c>
/// with the <see cref="TelegramChatGateway"/> — against a <see cref="FakeBotApi"/>, on a temporary SQLite file, a
/// <see cref="TestClock"/> and a <see cref="LogCapture"/> that records every log line at every level.
/// </summary>
internal sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly string _directory;
    private List<IHostedService> _started = [];

    private TelegramBotHarness(FakeBotApi api, string directory, ServiceProvider services, TestClock clock, LogCapture logs)
    {
        Api = api;
        _directory = directory;
        Services = services;
        Clock = clock;
        Logs = logs;
    }

    /// <summary>The fake Bot API.</summary>
    public FakeBotApi Api { get; }

    /// <summary>The services.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The fake clock (engine and polling back-off).</summary>
    public TestClock Clock { get; }

    /// <summary>Every log line.</summary>
    public LogCapture Logs { get; }

    /// <summary>Extra lines for a timed-out wait's failure message (what else the test knows).</summary>
    public Func<string>? Diagnostics { get; set; }

    /// <summary>Real HTTP requests the fake clock must wait for (set by tests whose clients time out on it).</summary>
    public InFlightRequests? Io { get; set; }

    /// <summary>The adapter's gateway, unwrapped (no demo banner).</summary>
    public TelegramChatGateway Gateway => Services.GetRequiredService<TelegramChatGateway>();

    /// <summary>The router both update sources hand updates to.</summary>
    public TelegramUpdateRouter Router => Services.GetRequiredService<TelegramUpdateRouter>();

    /// <summary>The polling service.</summary>
    public TelegramPollingService Polling => Services.GetRequiredService<TelegramPollingService>();

    /// <summary>Builds the bot (not started).</summary>
    /// <param name="settings">Extra or replaced configuration keys.</param>
    /// <param name="configure">Changes services after the bot registered its own.</param>
    /// <returns>The harness.</returns>
    public static TelegramBotHarness Create(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var api = new FakeBotApi();
        var directory = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(api, directory, settings)).Build();
        var clock = new TestClock();
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddTelegramAdapter(configuration);
        services.AddBotEngine(configuration, provider => provider.GetRequiredService<TelegramChatGateway>());
        configure?.Invoke(services);
        return new TelegramBotHarness(api, directory, services.BuildServiceProvider(), clock, logs);
    }

    /// <summary>The configuration a harness gets: the engine's test defaults plus the Telegram keys for <paramref name="api"/>.</summary>
    /// <param name="api">The fake Bot API.</param>
    /// <param name="directory">Where the database goes.</param>
    /// <param name="extra">Extra or replaced keys.</param>
    /// <returns>The settings.</returns>
    public static Dictionary<string, string?> Settings(FakeBotApi api, string directory, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Bot:Database"] = Path.Combine(directory, "bot.db"),
            ["Bot:DemoStartingBalance"] = "0",
            ["Pricing:Currency"] = "RUB",
            ["Pricing:CreditRate"] = "1",
            ["Pricing:Markup"] = "2",
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.Url,
            ["Telegram:PollTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Inserts a feature ahead of the bot's own (tests that script the engine's reaction).</summary>
    /// <param name="services">The services.</param>
    /// <param name="feature">The feature.</param>
    public static void AddFirstFeature(IServiceCollection services, IBotFeature feature)
    {
        var first = services.Select((descriptor, index) => (descriptor, index)).First(pair => pair.descriptor.ServiceType == typeof(IBotFeature)).index;
        services.Insert(first, ServiceDescriptor.Singleton(feature));
    }

    /// <summary>Starts every hosted service (the polling loop among them).</summary>
    /// <returns>A task that completes when started.</returns>
    public async Task StartAsync()
    {
        _started = Services.GetServices<IHostedService>().ToList();
        foreach (var service in _started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>Starts only the polling loop (the engine's own background services stay off: no timers but the poller's).</summary>
    /// <returns>A task that completes when started.</returns>
    public async Task StartPollingAsync()
    {
        _started = [Polling];
        await Polling.StartAsync(CancellationToken.None);
    }

    /// <summary>
    /// Drives fake time, jumping to each next timer, until <paramref name="condition"/> holds; fails after 15 s of real
    /// time or two hours of fake time.
    /// </summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="what">Named in the failure.</param>
    /// <returns>A task that completes when it holds.</returns>
    public async Task RunUntilAsync(Func<Task<bool>> condition, string what)
    {
        var start = Clock.Elapsed;
        var realDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > realDeadline || Clock.Elapsed - start > TimeSpan.FromHours(2))
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what} (fake time spent {Clock.Elapsed - start}). Bot API calls: {string.Join(", ", Api.Methods)}\n{Diagnostics?.Invoke()}");
            }

            await TestClock.QuietAsync(20);
            if (Io is not null)
            {
                await Io.WhenIdleAsync();
            }

            if (!await condition())
            {
                if (Io is null)
                {
                    JumpToNextTimer();
                }
                else
                {
                    Io.RunIfIdle(JumpToNextTimer);
                }
            }
        }
    }

    private void JumpToNextTimer()
    {
        if (Clock.NextDue() is { } due)
        {
            Clock.Advance(due <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : due);
        }
    }

    /// <summary>Like <see cref="RunUntilAsync(Func{Task{bool}}, string)"/> with a synchronous condition.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="what">Named in the failure.</param>
    /// <returns>A task that completes when it holds.</returns>
    public Task RunUntilAsync(Func<bool> condition, string what) => RunUntilAsync(() => Task.FromResult(condition()), what);

    /// <summary>Stops the hosted services (the polling loop drains the router).</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async Task StopAsync()
    {
        // A test that forgot to release its work must fail, not hang: the host's shutdown timeout, in real time.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        foreach (var service in Enumerable.Reverse(_started))
        {
            await service.StopAsync(limit.Token);
        }

        _started = [];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Services.DisposeAsync();
        Api.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
    }
}
