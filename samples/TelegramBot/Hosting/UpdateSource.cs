namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>Where the bot's updates come from; exactly one runs at a time.</summary>
public enum UpdateSource
{
    /// <summary>The terminal: typed lines and numbered buttons (no Telegram token, or <c>--console</c>).</summary>
    Console,

    /// <summary>Telegram long polling (a token and no webhook URL).</summary>
    Polling,

    /// <summary>Telegram webhook served by Kestrel (a token, a webhook URL and its secret).</summary>
    Webhook,
}
