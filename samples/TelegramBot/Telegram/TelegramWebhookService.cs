using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// Webhook mode's lifetime: on start tells Telegram where to post updates and which secret to echo (setWebhook, pending
/// updates kept); on stop lets the updates already accepted finish. The webhook stays set across restarts, so Telegram
/// keeps updates while the bot is down.
/// </summary>
public sealed partial class TelegramWebhookService : IHostedService
{
    private readonly ITelegramBotClient _bot;
    private readonly TelegramUpdateRouter _router;
    private readonly TelegramOptions _options;
    private readonly ILogger<TelegramWebhookService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="bot">The Bot API client.</param>
    /// <param name="router">The router whose queued work is drained on stop.</param>
    /// <param name="options">The Telegram options (webhook URL and secret).</param>
    /// <param name="logger">The logger.</param>
    public TelegramWebhookService(ITelegramBotClient bot, TelegramUpdateRouter router, IOptions<TelegramOptions> options, ILogger<TelegramWebhookService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bot = bot;
        _router = router;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.UsesWebhook || string.IsNullOrEmpty(_options.WebhookSecret))
        {
            throw new InvalidOperationException("Webhook mode needs Telegram:WebhookUrl and Telegram:WebhookSecret; refusing to start without them.");
        }

        var url = new Uri(_options.WebhookUrl!.Trim());
        try
        {
            await _bot.SetWebhook(
                url: url.AbsoluteUri,
                allowedUpdates: TelegramUpdateMapper.AllowedUpdates,
                dropPendingUpdates: false,
                secretToken: _options.WebhookSecret,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException error)
        {
            // Without a webhook Telegram delivers nothing: refuse to start rather than run deaf.
            LogWebhookFailed(url.GetLeftPart(UriPartial.Path), error.Message);
            throw;
        }

        LogWebhookSet(url.GetLeftPart(UriPartial.Path));
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => _router.DrainAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Critical, Message = "setWebhook to {Url} failed: {Problem}. Check Telegram:WebhookUrl (public HTTPS, port 443, 80, 88 or 8443).")]
    private partial void LogWebhookFailed(string url, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook set to {Url}")]
    private partial void LogWebhookSet(string url);
}
