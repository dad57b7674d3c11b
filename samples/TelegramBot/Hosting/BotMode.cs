using System.Text;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>How the bot runs, as chosen from the configuration by <see cref="BotModeSelector"/>.</summary>
/// <param name="Source">Where updates come from.</param>
/// <param name="DemoMode">True when no KIE API key is set: KIE is the offline simulator and nothing real is spent.</param>
/// <param name="WebhookUrl">The Telegram webhook URL (webhook mode only).</param>
/// <param name="KieCallbackUrl">Where KIE posts task callbacks, when set.</param>
public sealed record BotMode(UpdateSource Source, bool DemoMode, Uri? WebhookUrl = null, Uri? KieCallbackUrl = null)
{
    /// <summary>
    /// Whether the bot needs an HTTP server (ASP.NET Core with Kestrel): in webhook mode, and when KIE callbacks must be
    /// received. Console mode never serves HTTP.
    /// </summary>
    public bool ServesHttp => Source == UpdateSource.Webhook || (Source == UpdateSource.Polling && KieCallbackUrl is not null);

    /// <summary>A one-line description for the start-up banner; holds no secret (URLs are printed without their query).</summary>
    /// <returns>For example <c>console mode; KIE: DEMO MODE (offline simulator, nothing real is spent)</c>.</returns>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Source switch
        {
            UpdateSource.Console => "console mode (type below)",
            UpdateSource.Polling => "Telegram long polling",
            _ => $"Telegram webhook at {Public(WebhookUrl)}",
        });
        text.Append(DemoMode ? "; KIE: DEMO MODE (offline simulator, nothing real is spent)" : "; KIE: live account");
        if (KieCallbackUrl is not null)
        {
            text.Append(Source == UpdateSource.Console ? "; KIE callbacks are not served in console mode (orders are polled)" : $"; KIE callbacks at {Public(KieCallbackUrl)}");
        }

        return text.ToString();
    }

    // A query string could carry a token; the scheme, host and path are enough to recognise the URL.
    private static string Public(Uri? url) => url is null ? "(none)" : url.GetLeftPart(UriPartial.Path);
}
