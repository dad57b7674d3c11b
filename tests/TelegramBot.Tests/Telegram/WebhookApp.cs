using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Telegram;
using Kie.Sdk.Tests.Behaviour;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// The bot in webhook mode on a real Kestrel (loopback, a free port): <c>AddTelegramAdapter</c> + <c>AddBotEngine</c>
/// + <c>MapTelegramWebhook</c>, the way the host wires it, with the Bot API played by a <see cref="FakeBotApi"/>.
/// </summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    /// <summary>The webhook secret the app is configured with.</summary>
    public const string Secret = "w3bh00k_Secret-123";

    /// <summary>The public webhook URL (only its path matters locally).</summary>
    public const string WebhookUrl = "https://bot.example.com/telegram/update";

    private readonly string _directory;
    private bool _ownsApi;

    private WebhookApp(WebApplication app, FakeBotApi api, string directory, LogCapture logs)
    {
        App = app;
        Api = api;
        _directory = directory;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    /// <summary>The application.</summary>
    public WebApplication App { get; }

    /// <summary>The fake Bot API.</summary>
    public FakeBotApi Api { get; }

    /// <summary>A client for the app's own endpoints.</summary>
    public HttpClient Http { get; }

    /// <summary>Every log line.</summary>
    public LogCapture Logs { get; }

    /// <summary>The router (to wait until handed-over updates were handled).</summary>
    public TelegramUpdateRouter Router => App.Services.GetRequiredService<TelegramUpdateRouter>();

    /// <summary>Builds and starts the app.</summary>
    /// <param name="feature">A feature placed ahead of the bot's own, if any.</param>
    /// <param name="settings">Extra or replaced settings.</param>
    /// <param name="map">Maps extra endpoints.</param>
    /// <param name="api">The fake Bot API to use (scripted before the start), or null for a new one.</param>
    /// <returns>The running app.</returns>
    public static async Task<WebhookApp> StartAsync(IBotFeature? feature = null, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? map = null, FakeBotApi? api = null)
    {
        var ownsApi = api is null;
        api ??= new FakeBotApi();
        var directory = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var all = TelegramBotHarness.Settings(api, directory, new Dictionary<string, string?>
        {
            ["Telegram:WebhookUrl"] = WebhookUrl,
            ["Telegram:WebhookSecret"] = Secret,
        });
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var logs = new LogCapture();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(all);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddSingleton<TimeProvider>(new TestClock());
        builder.Services.AddTelegramAdapter(builder.Configuration);
        builder.Services.AddBotEngine(builder.Configuration, provider => provider.GetRequiredService<TelegramChatGateway>());
        if (feature is not null)
        {
            TelegramBotHarness.AddFirstFeature(builder.Services, feature);
        }

        var app = builder.Build();
        app.MapTelegramWebhook();
        map?.Invoke(app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            throw;
        }

        return new WebhookApp(app, api, directory, logs) { _ownsApi = ownsApi };
    }

    /// <summary>Posts an update the way Telegram does.</summary>
    /// <param name="update">The update JSON.</param>
    /// <param name="secret">The secret header's value; null sends none.</param>
    /// <returns>The response.</returns>
    public Task<HttpResponseMessage> PostUpdateAsync(JsonObject update, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookUrl).AbsolutePath) { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        }

        return Http.SendAsync(request);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await App.StopAsync(limit.Token);
        }

        await App.DisposeAsync();
        if (_ownsApi)
        {
            Api.Dispose();
        }
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
