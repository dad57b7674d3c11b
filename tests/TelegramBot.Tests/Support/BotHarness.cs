using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;
using Kie.Sdk.Testing;
using Kie.Sdk.Tests.Behaviour;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Tests.Support;

/// <summary>
/// The bot's engine with everything real except the chat platform (a <see cref="RecordingGateway"/>) and time (a
/// <see cref="TestClock"/>): a temporary SQLite file, the demo-mode KIE simulator on the fake clock, all features and
/// background services. <see cref="RestartAsync"/> builds a new engine on the same database (crash tests).
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    /// <summary>The default test user (and their private chat).</summary>
    public const long UserId = 1001;

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private List<IHostedService> _started = [];
    private int _updateId = 1;
    private int _callbackId;

    private BotHarness(string directory, Dictionary<string, string?> settings, Action<IServiceCollection>? configureServices, TestClock clock)
    {
        Directory = directory;
        _settings = settings;
        _configureServices = configureServices;
        Clock = clock;
        Services = Build();
    }

    /// <summary>The temporary folder holding the database (deleted on dispose).</summary>
    public string Directory { get; }

    /// <summary>The fake clock shared by the engine and the simulator.</summary>
    public TestClock Clock { get; }

    /// <summary>The recorded chat platform (survives restarts, like a user's phone).</summary>
    public RecordingGateway Chat { get; } = new();

    /// <summary>The current engine's services.</summary>
    public ServiceProvider Services { get; private set; }

    /// <summary>The engine.</summary>
    public BotEngine Engine => Services.GetRequiredService<BotEngine>();

    /// <summary>The ledger.</summary>
    public Ledger Ledger => Services.GetRequiredService<Ledger>();

    /// <summary>The simulator behind the demo KIE client (null in live mode).</summary>
    public KieSimulator? Simulator => Services.GetService<KieSimulator>();

    /// <summary>The KIE client.</summary>
    public IKieClient Kie => Services.GetRequiredService<IKieClient>();

    /// <summary>
    /// Creates a harness. Settings default to demo mode (no <c>Kie:ApiKey</c>), RUB pricing at 1 ₽ per credit with the
    /// default markup 2, and no demo starting balance (tests give money explicitly).
    /// </summary>
    /// <param name="settings">Extra or replaced configuration keys.</param>
    /// <param name="configureServices">Replaces services after the engine registered its own.</param>
    /// <returns>The harness (background services not started; call <see cref="StartAsync"/>).</returns>
    public static BotHarness Create(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var all = new Dictionary<string, string?>
        {
            ["Bot:Database"] = Path.Combine(directory, "bot.db"),
            ["Bot:DemoStartingBalance"] = "0",
            ["Pricing:Currency"] = "RUB",
            ["Pricing:CreditRate"] = "1",
            ["Pricing:Markup"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotHarness(directory, all, configureServices, new TestClock());
    }

    /// <summary>Starts the engine's background services (order worker, outbox, reconciliation).</summary>
    /// <returns>A task that completes when they started.</returns>
    public async Task StartAsync()
    {
        _started = Services.GetServices<IHostedService>().ToList();
        foreach (var service in _started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Simulates a crash and a restart: the current engine is abandoned without a graceful stop of its work (its
    /// services are disposed), and a new one is built on the same database and started.
    /// </summary>
    /// <returns>A task that completes when the new engine started.</returns>
    public async Task RestartAsync()
    {
        var old = Services;
        foreach (var service in _started)
        {
            using var stopped = new CancellationTokenSource();
            await stopped.CancelAsync();
            try
            {
                await service.StopAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await old.DisposeAsync();
        Services = Build();
        await StartAsync();
    }

    /// <summary>Gives a user money (an admin adjustment in the ledger).</summary>
    /// <param name="minorUnits">Kopecks.</param>
    /// <param name="userId">The user.</param>
    /// <returns>A task that completes when credited.</returns>
    public Task FundAsync(long minorUnits, long userId = UserId) =>
        Ledger.AdjustAsync(userId, "test-fund:" + Guid.NewGuid().ToString("N"), minorUnits, "test funding");

    /// <summary>Sends a text message (or command) as a user.</summary>
    /// <param name="text">The text.</param>
    /// <param name="userId">The user (their private chat has the same id).</param>
    /// <param name="language">The client's language code.</param>
    /// <returns>A task that completes when the engine handled it.</returns>
    public Task SendTextAsync(string text, long userId = UserId, string language = "en") =>
        Engine.HandleAsync(new TextReceived { ChatId = userId, User = User(userId, language), UpdateId = NextUpdateId(), Text = text });

    /// <summary>Presses a button with this exact callback data, on the newest message that shows it.</summary>
    /// <param name="data">The callback data.</param>
    /// <param name="userId">The user.</param>
    /// <param name="language">The client's language code.</param>
    /// <returns>The callback id used (to find its answer).</returns>
    public async Task<string> PressAsync(string data, long userId = UserId, string language = "en")
    {
        var callbackId = "cb" + Interlocked.Increment(ref _callbackId);
        await Engine.HandleAsync(new ButtonPressed
        {
            ChatId = userId,
            User = User(userId, language),
            UpdateId = NextUpdateId(),
            CallbackId = callbackId,
            Data = data,
            Message = Chat.FindMessageWithButton(userId, data),
        });
        return callbackId;
    }

    /// <summary>Presses the newest button whose label contains <paramref name="label"/>; fails when there is none.</summary>
    /// <param name="label">Part of the label.</param>
    /// <param name="userId">The user.</param>
    /// <param name="language">The client's language code.</param>
    /// <returns>The callback id used.</returns>
    public async Task<string> PressButtonAsync(string label, long userId = UserId, string language = "en")
    {
        var found = Chat.FindButton(userId, label) ?? throw new Xunit.Sdk.XunitException($"No button labelled '{label}' in chat {userId}. Last screen:\n{Chat.LastScreen(userId)?.Text}");
        var callbackId = "cb" + Interlocked.Increment(ref _callbackId);
        await Engine.HandleAsync(new ButtonPressed
        {
            ChatId = userId,
            User = User(userId, language),
            UpdateId = NextUpdateId(),
            CallbackId = callbackId,
            Data = found.Button.Data!,
            Message = found.Message,
        });
        return callbackId;
    }

    /// <summary>Sends a file as a user: its bytes go to <see cref="RecordingGateway.UserFiles"/> under a new file id.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="kind">How it was sent.</param>
    /// <param name="fileName">The original name, if any.</param>
    /// <param name="mediaType">The media type, if known.</param>
    /// <param name="userId">The user.</param>
    /// <param name="language">The client's language code.</param>
    /// <returns>The file id used.</returns>
    public async Task<string> SendFileAsync(byte[] content, SentFileKind kind = SentFileKind.Photo, string? fileName = null, string? mediaType = null, long userId = UserId, string language = "en")
    {
        var fileId = "user-file-" + Interlocked.Increment(ref _callbackId);
        Chat.UserFiles[fileId] = content;
        await Engine.HandleAsync(new FileReceived
        {
            ChatId = userId,
            User = User(userId, language),
            UpdateId = NextUpdateId(),
            Kind = kind,
            FileId = fileId,
            FileName = fileName,
            MediaType = mediaType,
            Size = content.LongLength,
        });
        return fileId;
    }

    /// <summary>Hands any event to the engine.</summary>
    /// <param name="event">The event.</param>
    /// <returns>A task that completes when handled.</returns>
    public Task HandleAsync(BotEvent @event) => Engine.HandleAsync(@event);

    /// <summary>
    /// Drives fake time (jumping to each next timer) until <paramref name="condition"/> holds; fails after 10 s of real
    /// time or <paramref name="limit"/> of fake time (default two hours).
    /// </summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="what">Named in the failure message.</param>
    /// <param name="limit">The most fake time to spend.</param>
    /// <returns>A task that completes when the condition holds.</returns>
    public async Task RunUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        var start = Clock.Elapsed;
        var realDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > realDeadline || Clock.Elapsed - start > (limit ?? TimeSpan.FromHours(2)))
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what} (fake time spent {Clock.Elapsed - start}).");
            }

            await SettleAsync();
            if (!await condition() && Clock.NextDue() is { } due)
            {
                Clock.Advance(due <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : due);
            }
        }
    }

    /// <summary>
    /// Waits until the bot has gone quiet: no database operation in flight and nothing new (database operations, timers,
    /// chat calls) over a few consecutive checks. Moving the fake clock while an order is between two steps would let
    /// other features' periodic timers run fake time past it; on a loaded machine a fixed number of yields is not enough.
    /// </summary>
    private async Task SettleAsync()
    {
        var database = Services.GetRequiredService<BotDatabase>();
        (long, int, int) Mark() => (database.OperationsStarted, Clock.TimersCreated, Chat.Calls.Count);
        var last = Mark();
        var quietRounds = 0;
        for (var round = 0; round < 500 && quietRounds < 3; round++)
        {
            await TestClock.QuietAsync(20);
            if (quietRounds > 0 || round > 0)
            {
                // A real millisecond lets thread-pool work that is running (not queued) reach its next await.
                await Task.Delay(1);
            }

            var now = Mark();
            quietRounds = now == last && database.OperationsInFlight == 0 ? quietRounds + 1 : 0;
            last = now;
        }
    }

    /// <summary>Like <see cref="RunUntilAsync(Func{Task{bool}}, string, TimeSpan?)"/> with a synchronous condition.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="what">Named in the failure message.</param>
    /// <param name="limit">The most fake time to spend.</param>
    /// <returns>A task that completes when the condition holds.</returns>
    public Task RunUntilAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        RunUntilAsync(() => Task.FromResult(condition()), what, limit);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var service in _started)
        {
            try
            {
                await service.StopAsync(CancellationToken.None);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }
    }

    private static BotUser User(long userId, string language) => new(userId, "Test", "tester" + userId, language);

    private long NextUpdateId() => Interlocked.Increment(ref _updateId);

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBotEngine(configuration, _ => Chat);
        _configureServices?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
