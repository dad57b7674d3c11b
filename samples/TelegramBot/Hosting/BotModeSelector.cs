using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// Chooses one update source from the configuration, or refuses to start with a message naming the keys to fix:
/// <c>--console</c> or no <c>Telegram:BotToken</c> → console; a token and <c>Telegram:WebhookUrl</c> → webhook (then
/// <c>Telegram:WebhookSecret</c> is required); a token alone → long polling. No <c>Kie:ApiKey</c> → demo mode.
/// </summary>
public static partial class BotModeSelector
{
    /// <summary>Chooses the mode.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="consoleRequested">Whether <c>--console</c> was given.</param>
    /// <returns>The mode.</returns>
    /// <exception cref="BotConfigurationException">The settings contradict each other or a required one is missing or malformed.</exception>
    public static BotMode Select(IConfiguration configuration, bool consoleRequested)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var demo = string.IsNullOrWhiteSpace(configuration[BotConfigurationKeys.KieApiKey]);
        var callbackUrl = OptionalUrl(configuration, BotConfigurationKeys.KieCallbackUrl, requireHttps: false);
        if (consoleRequested)
        {
            return new BotMode(UpdateSource.Console, demo, KieCallbackUrl: callbackUrl);
        }

        var token = configuration[BotConfigurationKeys.BotToken];
        var webhookUrl = OptionalUrl(configuration, BotConfigurationKeys.WebhookUrl, requireHttps: true);
        if (string.IsNullOrWhiteSpace(token))
        {
            if (webhookUrl is not null)
            {
                throw new BotConfigurationException(
                    $"{BotConfigurationKeys.WebhookUrl} is set but {BotConfigurationKeys.BotToken} is empty. Set the bot token for webhook mode, or remove {BotConfigurationKeys.WebhookUrl} (or pass --console) to run in the console.");
            }

            return new BotMode(UpdateSource.Console, demo, KieCallbackUrl: callbackUrl);
        }

        if (!TokenShape().IsMatch(token.Trim()))
        {
            throw new BotConfigurationException(
                $"{BotConfigurationKeys.BotToken} does not look like a bot token from @BotFather (digits, a colon, then the secret part, such as 123456:ABC-DEF…).");
        }

        if (webhookUrl is null)
        {
            return new BotMode(UpdateSource.Polling, demo, KieCallbackUrl: callbackUrl);
        }

        var secret = configuration[BotConfigurationKeys.WebhookSecret];
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new BotConfigurationException(
                $"{BotConfigurationKeys.WebhookSecret} is required in webhook mode ({BotConfigurationKeys.WebhookUrl} is set): 1-256 characters of A-Z, a-z, 0-9, _ and -. Telegram sends it with every update so the bot can refuse forged ones. Or remove {BotConfigurationKeys.WebhookUrl} to use long polling.");
        }

        if (!WebhookSecretShape().IsMatch(secret))
        {
            throw new BotConfigurationException(
                $"{BotConfigurationKeys.WebhookSecret} must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).");
        }

        return new BotMode(UpdateSource.Webhook, demo, webhookUrl, callbackUrl);
    }

    private static Uri? OptionalUrl(IConfiguration configuration, string key, bool requireHttps)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && (requireHttps || url.Scheme != Uri.UriSchemeHttp)))
        {
            throw new BotConfigurationException(requireHttps
                ? $"{key} must be an absolute https:// URL (Telegram only posts to HTTPS), such as https://bot.example.com/telegram/webhook."
                : $"{key} must be an absolute http:// or https:// URL, such as https://bot.example.com/kie/callback.");
        }

        return url;
    }

    [GeneratedRegex(@"^[0-9]{1,16}:[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex WebhookSecretShape();
}
