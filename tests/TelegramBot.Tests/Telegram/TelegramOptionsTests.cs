using Kie.Samples.TelegramBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Start-up validation of the Telegram settings: messages name the key and never echo a secret.</summary>
public sealed class TelegramOptionsTests
{
    private const string Token = "123456:ABC-secret-part";

    [Fact]
    public void Valid_polling_settings_register()
    {
        var services = new ServiceCollection().AddTelegramAdapter(Configuration(("Telegram:BotToken", Token)));

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(TelegramPollingService));
        Assert.DoesNotContain(services, descriptor => descriptor.ServiceType == typeof(TelegramWebhookService));
    }

    [Fact]
    public void Valid_webhook_settings_choose_the_webhook_instead_of_polling()
    {
        var services = new ServiceCollection().AddTelegramAdapter(Configuration(
            ("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/telegram/hook"), ("Telegram:WebhookSecret", "s3cret_-X")));

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(TelegramWebhookService));
        Assert.DoesNotContain(services, descriptor => descriptor.ServiceType == typeof(TelegramPollingService));
    }

    [Fact]
    public void A_missing_token_names_the_key()
    {
        var error = Refused(("Telegram:BotToken", ""));

        Assert.Contains("Telegram:BotToken is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_token_names_the_key_without_echoing_it()
    {
        var error = Refused(("Telegram:BotToken", "not-a-token-SECRETVALUE"));

        Assert.Contains("Telegram:BotToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETVALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_url_without_a_secret_refuses_to_start()
    {
        var error = Refused(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/telegram/hook"));

        Assert.Contains("Telegram:WebhookSecret is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("dots.are.not.allowed")]
    [InlineData("кириллица")]
    public void A_secret_outside_Telegrams_alphabet_is_refused(string secret)
    {
        var error = Refused(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/hook"), ("Telegram:WebhookSecret", secret));

        Assert.Contains("Telegram:WebhookSecret must be 1-256 characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_of_257_characters_is_refused_and_256_accepted()
    {
        Refused(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/hook"), ("Telegram:WebhookSecret", new string('a', 257)));

        new ServiceCollection().AddTelegramAdapter(Configuration(
            ("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "https://bot.example.com/hook"), ("Telegram:WebhookSecret", new string('a', 256))));
    }

    [Fact]
    public void A_plain_http_webhook_url_is_refused()
    {
        var error = Refused(("Telegram:BotToken", Token), ("Telegram:WebhookUrl", "http://bot.example.com/hook"), ("Telegram:WebhookSecret", "abc"));

        Assert.Contains("Telegram:WebhookUrl must be an absolute https:// URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_api_base_url_names_the_key()
    {
        var error = Refused(("Telegram:BotToken", Token), ("Telegram:ApiBaseUrl", "localhost:8081"));

        Assert.Contains("Telegram:ApiBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_never_print_their_secrets()
    {
        var text = new TelegramOptions { BotToken = Token, WebhookUrl = "https://bot.example.com/hook", WebhookSecret = "SECRETVALUE" }.ToString();

        Assert.DoesNotContain("secret-part", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETVALUE", text, StringComparison.Ordinal);
        Assert.Contains("BotToken = set", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Refused(("Telegram:BotToken", ""), ("Telegram:WebhookUrl", "https://bot.example.com/hook"), ("Telegram:PollTimeout", "00:05:00"));

        Assert.Equal(3, error.Failures.Count());
    }

    private static OptionsValidationException Refused(params (string Key, string Value)[] settings) =>
        Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddTelegramAdapter(Configuration(settings)));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();
}
