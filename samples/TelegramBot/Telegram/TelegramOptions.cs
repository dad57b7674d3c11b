namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// The Telegram adapter's settings (configuration section <c>Telegram</c>). The token and the webhook secret are
/// secrets: set them through environment variables or user secrets, never in appsettings.json, and never log them.
/// </summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Telegram";

    /// <summary>The public Bot API server, used when <see cref="ApiBaseUrl"/> is empty.</summary>
    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather (<c>Telegram:BotToken</c>, secret): digits, a colon, the secret part.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>
    /// The Bot API server (<c>Telegram:ApiBaseUrl</c>): empty for the public one, or a local Bot API server such as
    /// <c>http://localhost:8081</c> (also how tests point the bot at a fake). Only scheme, host and port are used.
    /// </summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The public HTTPS URL Telegram posts updates to (<c>Telegram:WebhookUrl</c>); empty means long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// The secret Telegram echoes in <c>X-Telegram-Bot-Api-Secret-Token</c> (<c>Telegram:WebhookSecret</c>, secret):
    /// 1–256 characters of A-Z, a-z, 0-9, _ and -; required in webhook mode.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// How long one getUpdates call waits for updates (<c>Telegram:PollTimeout</c>, 1–50 seconds; default 30). The HTTP
    /// client's own timeout is longer, so a quiet long poll is never mistaken for a network failure.
    /// </summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the bot receives updates by webhook (a webhook URL is set) rather than by long polling.</summary>
    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>The Bot API server actually used.</summary>
    public string EffectiveApiBaseUrl => string.IsNullOrWhiteSpace(ApiBaseUrl) ? PublicApiBaseUrl : ApiBaseUrl.Trim();

    /// <inheritdoc />
    /// <remarks>Secrets are shown only as set or not, in case the options ever reach a log.</remarks>
    public override string ToString() =>
        $"TelegramOptions {{ BotToken = {(string.IsNullOrEmpty(BotToken) ? "none" : "set")}, ApiBaseUrl = {EffectiveApiBaseUrl}, WebhookUrl = {(UsesWebhook ? WebhookUrl : "none")}, WebhookSecret = {(string.IsNullOrEmpty(WebhookSecret) ? "none" : "set")}, PollTimeout = {PollTimeout} }}";
}
