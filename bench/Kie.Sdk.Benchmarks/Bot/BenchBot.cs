using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Money;
using Kie.Sdk.Catalog;
using Kie.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Benchmarks.Bot;

/// <summary>
/// The bot's engine as the program wires it (every feature, the real SQLite store in a temporary file, the demo-mode
/// KIE simulator), with a <see cref="BenchGateway"/> for the chat and a <see cref="FakeTimeProvider"/> for time.
/// </summary>
internal sealed class BenchBot : IAsyncDisposable
{
    private readonly string _folder;
    private readonly List<IHostedService> _started = [];
    private long _updateId;
    private long _callbackId;

    private BenchBot(string folder, ServiceProvider services, FakeTimeProvider time, BenchGateway chat)
    {
        _folder = folder;
        Services = services;
        Time = time;
        Chat = chat;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public BenchGateway Chat { get; }

    public BotEngine Engine => Services.GetRequiredService<BotEngine>();

    public Ledger Ledger => Services.GetRequiredService<Ledger>();

    public KieSimulator Simulator => Services.GetRequiredService<KieSimulator>();

    public static async Task<BenchBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kie-bot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var all = new Dictionary<string, string?>
        {
            ["Bot:Database"] = Path.Combine(folder, "bot.db"),
            ["Bot:DemoStartingBalance"] = "0",
            ["Pricing:Currency"] = "RUB",
            ["Pricing:CreditRate"] = "0.5",
            ["Pricing:Markup"] = "2",
            ["Pricing:RoundingStep"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var chat = new BenchGateway();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBotEngine(configuration, _ => chat);

        // KIE allows 20 task creations per 10 s per account; the bench measures the bot, not that quota, so the
        // simulator and the client both run without it (the rest of the demo wiring is kept as is).
        services.AddSingleton(_ => new KieSimulator(new KieSimulatorOptions
        {
            TimeProvider = time,
            InitialCredits = 1_000_000_000m,
            CreateRateLimit = 0,
            RequestLogCapacity = 0,
        }));
        services.AddSingleton<IKieClient>(provider => new KieClient(
            provider.GetRequiredService<KieSimulator>().CreateHttpClient(),
            new KieClientOptions
            {
                ApiKey = "demo",
                Catalog = provider.GetRequiredService<ModelCatalog>(),
                IdempotencyStore = provider.GetService<IKieIdempotencyStore>(),
                CreateRateLimit = 0,
            },
            time,
            provider.GetService<ILoggerFactory>()));
        var bot = new BenchBot(folder, services.BuildServiceProvider(), time, chat);
        foreach (var service in bot.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
            bot._started.Add(service);
        }

        return bot;
    }

    public Task SendTextAsync(long userId, string text) =>
        Engine.HandleAsync(new TextReceived { ChatId = userId, User = User(userId), UpdateId = Interlocked.Increment(ref _updateId), Text = text });

    public Task PressAsync(long userId, MessageRef message, string data) =>
        Engine.HandleAsync(new ButtonPressed
        {
            ChatId = userId,
            User = User(userId),
            UpdateId = Interlocked.Increment(ref _updateId),
            CallbackId = "cb" + Interlocked.Increment(ref _callbackId),
            Data = data,
            Message = message,
        });

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
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static BotUser User(long userId) => new(userId, "Bench", "bench" + userId, "en");
}
