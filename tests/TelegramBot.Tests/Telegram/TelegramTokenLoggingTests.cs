using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>The bot token is in every Bot API URL; nothing the bot logs, at any level, may contain it.</summary>
public sealed class TelegramTokenLoggingTests
{
    private const string SecretPart = "ABC-test";
    private const long Alice = 1001;
    private const long Bob = 2002;

    [Fact]
    public async Task A_full_polling_run_with_failures_logs_no_token()
    {
        var feature = new GatedFeature();
        await using var bot = TelegramBotHarness.Create(configure: services => TelegramBotHarness.AddFirstFeature(services, feature));
        bot.Api.FailNext("deleteWebhook", BotApiError.ServerError);
        bot.Api.FailNext("getUpdates", BotApiError.Conflict);
        bot.Api.Block(Bob);
        bot.Api.FailNext("sendMessage", BotApiError.TooManyRequests(300));
        await bot.StartAsync();

        // Through the deleteWebhook back-off and the conflict back-off to a working poll.
        await bot.RunUntilAsync(() => bot.Api.CallsTo("getUpdates").Count >= 2, "polling after the failures");
        bot.Api.EnqueueUpdates(
            FakeUpdates.Text(1, Alice, "gate:flooded"),
            FakeUpdates.Text(2, Alice, "gate:fine"),
            FakeUpdates.Text(3, Bob, "gate:blocked"),
            FakeUpdates.PreCheckout(4, Alice, "inv:1", 10));
        await bot.Api.WaitForCallsAsync("getUpdates", where: call => call.Has("offset") && call.Number("offset") == 5);
        await bot.Router.WhenIdleAsync();
        await bot.StopAsync();

        Assert.Contains(bot.Logs.Entries, entry => entry.Text.Contains("409 Conflict", StringComparison.Ordinal));
        Assert.Contains(bot.Api.Refusals, refusal => refusal.Error == BotApiError.Blocked);
        Assert.DoesNotContain(SecretPart, bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_run_logs_neither_the_token_nor_the_secret()
    {
        await using var app = await WebhookApp.StartAsync(new GatedFeature());

        using (await app.PostUpdateAsync(FakeUpdates.Text(1, Alice, "gate:hi")))
        {
        }

        using (await app.PostUpdateAsync(FakeUpdates.Text(2, Alice, "gate:forged"), secret: "nope"))
        {
        }

        await app.Api.WaitForCallsAsync("sendMessage");
        await app.Router.WhenIdleAsync();

        Assert.NotEmpty(app.Logs.Entries);
        Assert.DoesNotContain(SecretPart, app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookApp.Secret, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_capture_would_see_the_token_if_an_HTTP_client_logged_its_URLs()
    {
        // Control: a named client with the default logging handlers, on the same logging set-up, does print the URL.
        // The Bot API client is registered with RemoveAllLoggers() precisely because of this.
        await using var bot = TelegramBotHarness.Create(configure: services => services.AddHttpClient("control"));
        var client = bot.Services.GetRequiredService<IHttpClientFactory>().CreateClient("control");

        using (await client.PostAsync(new Uri($"{bot.Api.Url}/bot{FakeBotApi.Token}/getMe"), null))
        {
        }

        Assert.Contains(SecretPart, bot.Logs.AllText, StringComparison.Ordinal);
    }
}
