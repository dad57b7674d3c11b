using Kie.Samples.TelegramBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// The Telegram adapter alone (no engine, no database), registered by <c>AddTelegramAdapter</c> exactly as the host
/// does and pointed at a <see cref="FakeBotApi"/>: for the gateway's request bodies and error mapping.
/// </summary>
internal sealed class AdapterHarness : IDisposable
{
    private AdapterHarness(FakeBotApi api, ServiceProvider services, LogCapture logs)
    {
        Api = api;
        Services = services;
        Logs = logs;
    }

    /// <summary>The fake Bot API.</summary>
    public FakeBotApi Api { get; }

    /// <summary>The services.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Every log line.</summary>
    public LogCapture Logs { get; }

    /// <summary>The gateway under test.</summary>
    public TelegramChatGateway Gateway => Services.GetRequiredService<TelegramChatGateway>();

    /// <summary>The Bot API client.</summary>
    public ITelegramBotClient Bot => Services.GetRequiredService<ITelegramBotClient>();

    /// <summary>Builds the adapter.</summary>
    /// <param name="apiBaseUrl">Overrides the Bot API URL (default: the fake's).</param>
    /// <returns>The harness.</returns>
    public static AdapterHarness Create(string? apiBaseUrl = null)
    {
        var api = new FakeBotApi();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = apiBaseUrl ?? api.Url,
        }).Build();
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddTelegramAdapter(configuration);
        return new AdapterHarness(api, services.BuildServiceProvider(), logs);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Services.Dispose();
        Api.Dispose();
    }
}
