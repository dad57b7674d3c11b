using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Tests.Hosting;

public sealed class BotModeSelectorTests
{
    private const string Token = "123456:AAH-secret_part";
    private const string Secret = "hook-secret_42";

    [Fact]
    public void No_settings_at_all_is_the_console_in_demo_mode()
    {
        var mode = Select();

        Assert.Equal(UpdateSource.Console, mode.Source);
        Assert.True(mode.DemoMode);
        Assert.False(mode.ServesHttp);
    }

    [Fact]
    public void A_token_alone_is_long_polling()
    {
        var mode = Select(("Telegram:BotToken", Token));

        Assert.Equal(UpdateSource.Polling, mode.Source);
        Assert.False(mode.ServesHttp);
    }

    [Fact]
    public void The_console_switch_wins_over_a_token_and_a_webhook()
    {
        var mode = BotModeSelector.Select(Configuration(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/telegram")), consoleRequested: true);

        Assert.Equal(UpdateSource.Console, mode.Source);
    }

    [Fact]
    public void A_token_a_webhook_url_and_a_secret_is_webhook_mode_served_over_http()
    {
        var mode = Select(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/telegram"), ("Telegram:WebhookSecret", Secret));

        Assert.Equal(UpdateSource.Webhook, mode.Source);
        Assert.Equal(new Uri("https://bot.example.com/telegram"), mode.WebhookUrl);
        Assert.True(mode.ServesHttp);
    }

    [Fact]
    public void Webhook_without_a_secret_refuses_to_start_and_names_the_key()
    {
        var error = Assert.Throws<BotConfigurationException>(() => Select(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/telegram")));

        Assert.Contains("Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public void A_webhook_secret_outside_telegrams_alphabet_is_refused(string secret)
    {
        var error = Assert.Throws<BotConfigurationException>(() => Select(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/telegram"), ("Telegram:WebhookSecret", secret)));

        Assert.Contains("Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_url_without_a_token_is_an_error_not_a_silent_console()
    {
        var error = Assert.Throws<BotConfigurationException>(() => Select(("Telegram:WebhookUrl", "https://bot.example.com/telegram")));

        Assert.Contains("Telegram:BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bot.example.com/telegram")]
    [InlineData("/telegram")]
    public void A_webhook_url_must_be_absolute_https(string url)
    {
        var error = Assert.Throws<BotConfigurationException>(() => Select(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", url), ("Telegram:WebhookSecret", Secret)));

        Assert.Contains("Telegram:WebhookUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_token_is_refused_without_echoing_it()
    {
        var error = Assert.Throws<BotConfigurationException>(() => Select(("Telegram:BotToken", "not-a-token")));

        Assert.Contains("Telegram:BotToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("kie-live-key", false)]
    public void Demo_mode_is_exactly_no_kie_api_key(string? apiKey, bool demo)
    {
        Assert.Equal(demo, Select(("Kie:ApiKey", apiKey)).DemoMode);
        Assert.Equal(demo, Select(("Kie:ApiKey", apiKey), ("Telegram:BotToken", Token)).DemoMode);
    }

    [Fact]
    public void Polling_with_kie_callbacks_needs_an_http_server_but_the_console_does_not()
    {
        var polling = Select(("Telegram:BotToken", Token), ("Kie:CallbackUrl", "https://bot.example.com/kie/callback"));
        var console = Select(("Kie:CallbackUrl", "https://bot.example.com/kie/callback"));

        Assert.True(polling.ServesHttp);
        Assert.Equal(new Uri("https://bot.example.com/kie/callback"), polling.KieCallbackUrl);
        Assert.False(console.ServesHttp);
        Assert.Contains("not served in console mode", console.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_kie_callback_url_names_the_key()
    {
        var error = Assert.Throws<BotConfigurationException>(() => Select(("Kie:CallbackUrl", "bot.example.com/kie")));

        Assert.Contains("Kie:CallbackUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_up_description_says_the_mode_and_never_a_secret()
    {
        var mode = Select(
            ("Telegram:BotToken", Token),
            ("Telegram:WebhookUrl", "https://bot.example.com/telegram?token=query-secret"),
            ("Telegram:WebhookSecret", Secret),
            ("Kie:ApiKey", "kie-live-key"),
            ("Kie:CallbackUrl", "https://bot.example.com/kie/callback?k=callback-query"),
            ("Kie:CallbackSecret", "hmac-secret"));

        var text = mode.Describe();

        Assert.Contains("Telegram webhook at https://bot.example.com/telegram", text, StringComparison.Ordinal);
        Assert.Contains("KIE: live account", text, StringComparison.Ordinal);
        Assert.Contains("KIE callbacks at https://bot.example.com/kie/callback", text, StringComparison.Ordinal);
        foreach (var secret in new[] { Token, "AAH-secret_part", Secret, "kie-live-key", "query-secret", "callback-query", "hmac-secret" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Contains("DEMO MODE", Select().Describe(), StringComparison.Ordinal);
    }

    private static BotMode Select(params (string Key, string? Value)[] settings) => BotModeSelector.Select(Configuration(settings), consoleRequested: false);

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();
}
