using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// Long polling: deletes any webhook (keeping pending updates: they may hold payments), then loops on getUpdates with
/// an offset, handing each update to the <see cref="TelegramUpdateRouter"/> before moving the offset past it, so an
/// update is confirmed to Telegram only once the engine has it (at least once; the engine ignores repeats by update
/// id). The loop never waits for the engine. Failures back off on the <see cref="TimeProvider"/>; a 409 Conflict means
/// another process polls with the same token and is reported as such, never retried in a tight loop.
/// </summary>
public sealed partial class TelegramPollingService : BackgroundService
{
    /// <summary>How long to wait after Telegram says another instance is polling (409 Conflict).</summary>
    public static readonly TimeSpan ConflictBackOff = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts after other failures (they back off 1, 2, 4… seconds up to this).</summary>
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    private const int BatchSize = 100;
    private readonly ITelegramBotClient _bot;
    private readonly TelegramUpdateRouter _router;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramPollingService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="bot">The Bot API client.</param>
    /// <param name="router">Hands updates to the engine.</param>
    /// <param name="options">The Telegram options (poll timeout).</param>
    /// <param name="time">The clock the back-off waits on.</param>
    /// <param name="logger">The logger.</param>
    public TelegramPollingService(ITelegramBotClient bot, TelegramUpdateRouter router, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramPollingService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bot = bot;
        _router = router;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The offset the next getUpdates call sends (one past the last update handed over), or null before the first.</summary>
    public int? Offset { get; private set; }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _router.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RemoveWebhookAsync(stoppingToken).ConfigureAwait(false);
            LogStarted((int)_options.PollTimeout.TotalSeconds);
            var failures = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                var updates = await PollOnceAsync(failures, stoppingToken).ConfigureAwait(false);
                if (updates is null)
                {
                    failures++;
                    continue;
                }

                failures = 0;
                foreach (var update in updates)
                {
                    if (_router.Dispatch(update) == TelegramDispatch.Stopping)
                    {
                        // Not confirmed: Telegram delivers it again after the restart.
                        LogStopped();
                        return;
                    }

                    Offset = update.Id + 1;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        LogStopped();
    }

    private async Task RemoveWebhookAsync(CancellationToken stoppingToken)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                // Never drop pending updates: they may hold pre-checkout queries and payments made while the bot was down.
                await _bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (RequestException error)
            {
                var wait = BackOff(failures);
                LogDeleteWebhookFailed(Describe(error), wait);
                await Task.Delay(wait, _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One getUpdates call; null after a failure (already waited out).</summary>
    private async Task<Update[]?> PollOnceAsync(int failures, CancellationToken stoppingToken)
    {
        TimeSpan wait;
        try
        {
            return await _bot.GetUpdates(
                offset: Offset,
                limit: BatchSize,
                timeout: (int)_options.PollTimeout.TotalSeconds,
                allowedUpdates: TelegramUpdateMapper.AllowedUpdates,
                cancellationToken: stoppingToken).ConfigureAwait(false);
        }
        catch (ApiRequestException error) when (error.ErrorCode == 409)
        {
            wait = ConflictBackOff;
            LogConflict(error.Message, wait);
        }
        catch (ApiRequestException error) when (error.ErrorCode is 401 or 404)
        {
            wait = MaxBackOff;
            LogTokenRejected(error.ErrorCode, wait);
        }
        catch (ApiRequestException error) when (error.ErrorCode == 429)
        {
            wait = TimeSpan.FromSeconds(Math.Max(1, error.Parameters?.RetryAfter ?? 1));
            LogPollFailed(Describe(error), wait);
        }
        catch (RequestException error)
        {
            wait = BackOff(failures);
            LogPollFailed(Describe(error), wait);
        }

        await Task.Delay(wait, _time, stoppingToken).ConfigureAwait(false);
        return null;
    }

    private static TimeSpan BackOff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackOff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10))));

    // The exception's message only: Telegram.Bot's messages never hold the request URL, so never the token either.
    private static string Describe(RequestException error) =>
        error is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : error.Message;

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling started (long-poll timeout {Seconds} s)")]
    private partial void LogStarted(int seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling stopped")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Warning, Message = "deleteWebhook failed ({Problem}); retrying in {Wait}")]
    private partial void LogDeleteWebhookFailed(string problem, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused getUpdates with 409 Conflict ({Description}): another process is receiving updates for this bot token (a second instance, or a webhook). Only one may run. Waiting {Wait} before trying again.")]
    private partial void LogConflict(string description, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({Code}): check Telegram:BotToken. Waiting {Wait} before trying again.")]
    private partial void LogTokenRejected(int code, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Problem}); retrying in {Wait}")]
    private partial void LogPollFailed(string problem, TimeSpan wait);
}
