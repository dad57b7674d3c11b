using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Tests.Hosting;

/// <summary>The Telegram-mode hosts as the program builds them (never started: no request leaves the test).</summary>
public sealed class TelegramHostTests : IDisposable
{
    private const string Token = "123456:test-token";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_token_alone_polls_on_the_generic_host_without_http()
    {
        using var host = Build($"--Telegram:BotToken={Token}");

        Assert.IsNotType<WebApplication>(host);
        var hosted = host.Services.GetServices<IHostedService>().ToArray();
        Assert.Contains(hosted, service => service is TelegramPollingService);
        Assert.DoesNotContain(hosted, service => service is TelegramWebhookService);
        Assert.IsType<DemoBannerGateway>(host.Services.GetRequiredService<IChatGateway>());
    }

    [Fact]
    public void A_webhook_runs_on_kestrel_with_the_endpoint_at_the_webhook_path_and_no_poller()
    {
        using var host = Build($"--Telegram:BotToken={Token}", "--Telegram:WebhookUrl=https://bot.example.com/telegram/hook", "--Telegram:WebhookSecret=s3cret_-value");

        var app = Assert.IsType<WebApplication>(host);
        var hosted = host.Services.GetServices<IHostedService>().ToArray();
        Assert.Contains(hosted, service => service is TelegramWebhookService);
        Assert.DoesNotContain(hosted, service => service is TelegramPollingService);
        Assert.Contains("/telegram/hook", Routes(app));
        Assert.DoesNotContain("/kie/callback", Routes(app));
    }

    [Fact]
    public void Polling_with_kie_callbacks_serves_http_but_maps_no_telegram_webhook()
    {
        using var host = Build($"--Telegram:BotToken={Token}", "--Kie:CallbackUrl=https://bot.example.com/kie/callback");

        var app = Assert.IsType<WebApplication>(host);
        Assert.Contains(host.Services.GetServices<IHostedService>(), service => service is TelegramPollingService);
        Assert.DoesNotContain(Routes(app), route => route.StartsWith("/telegram", StringComparison.Ordinal));
        Assert.Contains("/kie/callback", Routes(app));
    }

    [Fact]
    public void A_webhook_without_kie_callbacks_maps_only_the_telegram_endpoint()
    {
        using var host = Build($"--Telegram:BotToken={Token}", "--Telegram:WebhookUrl=https://bot.example.com/tg", "--Telegram:WebhookSecret=s3cret");

        Assert.Equal(["/tg"], Routes(Assert.IsType<WebApplication>(host)));
    }

    [Fact]
    public void With_a_kie_key_the_telegram_gateway_is_used_without_the_demo_banner()
    {
        using var host = Build($"--Telegram:BotToken={Token}", "--Kie:ApiKey=kie-test-key");

        Assert.IsType<TelegramChatGateway>(host.Services.GetRequiredService<IChatGateway>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string[] Routes(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/')).ToArray();

    private IHost Build(params string[] args)
    {
        var arguments = BotArguments.Parse([$"--Bot:Database={Path.Combine(_folder, "bot.db")}", "--Kie:ApiKey=", "--Telegram:WebhookUrl=", "--Kie:CallbackUrl=", .. args]);
        var configuration = BotConfiguration.Build(arguments.ConfigurationArgs);
        return TelegramHost.Build(arguments, BotModeSelector.Select(configuration, consoleRequested: false));
    }
}
