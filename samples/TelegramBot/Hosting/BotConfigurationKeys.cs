namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>The configuration keys the host reads to choose a mode (appsettings.json, environment variables with <c>__</c>, command line).</summary>
internal static class BotConfigurationKeys
{
    /// <summary>The Telegram bot token from @BotFather (secret).</summary>
    public const string BotToken = "Telegram:BotToken";

    /// <summary>The Bot API server (default https://api.telegram.org; a local Bot API server or a test fake).</summary>
    public const string ApiBaseUrl = "Telegram:ApiBaseUrl";

    /// <summary>The public HTTPS URL Telegram posts updates to; set it for webhook mode.</summary>
    public const string WebhookUrl = "Telegram:WebhookUrl";

    /// <summary>The secret Telegram echoes in <c>X-Telegram-Bot-Api-Secret-Token</c> (secret; required in webhook mode).</summary>
    public const string WebhookSecret = "Telegram:WebhookSecret";

    /// <summary>The KIE API key (secret); none means demo mode.</summary>
    public const string KieApiKey = "Kie:ApiKey";

    /// <summary>The KIE API host.</summary>
    public const string KieBaseUrl = "Kie:BaseUrl";

    /// <summary>The public URL KIE posts task callbacks to.</summary>
    public const string KieCallbackUrl = "Kie:CallbackUrl";

    /// <summary>The key KIE signs callbacks with (secret).</summary>
    public const string KieCallbackSecret = "Kie:CallbackSecret";

    /// <summary>Demo mode only: the simulator finishes every task at once (tests and quick tries).</summary>
    public const string FastSimulator = "Demo:FastSimulator";
}
