using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// Sends one outbox message and records what came of it. Sent: marked sent at once (so a restart never sends it again),
/// with the file ids; an order's last result makes it Delivered and then captured. Flood wait: the chat waits as long
/// as the platform asked, minutes included. Transient: the chat waits with doubling delays, up to the attempt limit.
/// Blocked: every message for the chat is given up and its undelivered orders released. Refused outright (after every
/// route for files): the message is given up, and a result's order released with a notice.
/// </summary>
public sealed partial class OutboxDelivery
{
    private readonly IChatGateway _chat;
    private readonly OutboxStore _outbox;
    private readonly ResultSender _sender;
    private readonly OrderSettlement _settlement;
    private readonly OrderCheckpoints _checkpoints;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDelivery> _logger;

    /// <summary>Creates the delivery.</summary>
    /// <param name="chat">The chat gateway.</param>
    /// <param name="outbox">The outbox store.</param>
    /// <param name="sender">Sends result files by Telegram's rules.</param>
    /// <param name="settlement">Marks orders delivered, captures and releases them.</param>
    /// <param name="checkpoints">The crash-test hook.</param>
    /// <param name="options">The bot's options (delivery retries).</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public OutboxDelivery(IChatGateway chat, OutboxStore outbox, ResultSender sender, OrderSettlement settlement, OrderCheckpoints checkpoints, BotOptions options, TimeProvider time, ILogger<OutboxDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _chat = chat;
        _outbox = outbox;
        _sender = sender;
        _settlement = settlement;
        _checkpoints = checkpoints;
        _options = options.Delivery;
        _time = time;
        _logger = logger;
    }

    /// <summary>Sends a message and records the outcome; never throws except for cancellation.</summary>
    /// <param name="item">The message (the oldest pending one of its chat).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the outcome is stored.</returns>
    public async Task DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await SendAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ChatGatewayException error) when (error.Failure == ChatFailure.FloodWait)
        {
            var wait = error.RetryAfter is { } after && after > TimeSpan.Zero ? after : _options.FirstRetryDelay;
            LogFloodWait(item.ChatId, wait);
            await _outbox.DeferChatAsync(item.ChatId, _time.GetUtcNow() + wait, null, "flood wait: " + error.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (ChatGatewayException error) when (error.Failure == ChatFailure.Blocked)
        {
            await ChatBlockedAsync(item.ChatId, error.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
        {
            await GiveUpAsync(item, "refused: " + error.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await RetryLaterAsync(item, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        switch (item.Purpose)
        {
            case OutboxPurpose.Result:
            {
                await _checkpoints.ReachAsync(OrderCheckpoint.BeforeDelivery, item.OrderId ?? string.Empty, cancellationToken).ConfigureAwait(false);
                var fileIds = await _sender.SendAsync(item.ChatId, item.Payload, item.UrlRefused, token => _outbox.MarkUrlRefusedAsync(item.Id, token), cancellationToken).ConfigureAwait(false);

                // The platform has the message: record it whatever happens to this process's token.
                var delivered = await _settlement.ResultSentAsync(item, fileIds, CancellationToken.None).ConfigureAwait(false);
                if (delivered && item.OrderId is { } orderId)
                {
                    await _checkpoints.ReachAsync(OrderCheckpoint.Delivered, orderId, cancellationToken).ConfigureAwait(false);
                    await CaptureAsync(orderId, cancellationToken).ConfigureAwait(false);
                }

                break;
            }

            case OutboxPurpose.Original when item.Payload.Files is [var file, ..]:
            {
                var fileId = await _sender.SendOriginalAsync(item.ChatId, item.OrderId, file, item.Payload.FallbackText, cancellationToken).ConfigureAwait(false);
                var ids = fileId is null ? new Dictionary<int, string>() : new Dictionary<int, string> { [file.Index] = fileId };
                await _settlement.OriginalSentAsync(item, ids, CancellationToken.None).ConfigureAwait(false);
                break;
            }

            case OutboxPurpose.Notice when item.Payload.Picture is { } png:
            {
                var picture = new OutgoingMedia(MediaKind.Photo, new MediaSource.Upload(_ => Task.FromResult<Stream>(new MemoryStream(png, writable: false)), "chart.png"), item.Payload.PictureCaption);
                await _chat.SendMediaAsync(item.ChatId, [picture], cancellationToken).ConfigureAwait(false);
                await _outbox.MarkSentAsync(item.Id, CancellationToken.None).ConfigureAwait(false);
                break;
            }

            default:
                await _chat.SendAsync(item.ChatId, item.Payload.ToScreen(), cancellationToken).ConfigureAwait(false);
                await _outbox.MarkSentAsync(item.Id, CancellationToken.None).ConfigureAwait(false);
                break;
        }
    }

    private async Task CaptureAsync(string orderId, CancellationToken cancellationToken)
    {
        try
        {
            await _settlement.CaptureAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The result is with the user and the order Delivered: the next start-up sweep captures it.
            LogCaptureFailed(error, orderId);
        }
    }

    private async Task ChatBlockedAsync(long chatId, string reason, CancellationToken cancellationToken)
    {
        LogBlocked(chatId, reason);
        foreach (var orderId in await _outbox.PendingResultOrdersAsync(chatId, cancellationToken).ConfigureAwait(false))
        {
            await _settlement.ReleaseAsync(orderId, new OrderFailure(OrderFailureKind.Blocked, reason), notify: false, cancellationToken).ConfigureAwait(false);
        }

        await _outbox.DropChatAsync(chatId, "blocked: " + reason, cancellationToken).ConfigureAwait(false);
    }

    private async Task GiveUpAsync(OutboxItem item, string reason, CancellationToken cancellationToken)
    {
        LogGivenUp(item.Id, item.ChatId, reason);
        await _outbox.DropAsync(item.Id, reason, cancellationToken).ConfigureAwait(false);
        if (item.Purpose == OutboxPurpose.Result && item.OrderId is { } orderId)
        {
            await _settlement.ReleaseAsync(orderId, new OrderFailure(OrderFailureKind.Undeliverable, reason), notify: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RetryLaterAsync(OutboxItem item, Exception error, CancellationToken cancellationToken)
    {
        var attempts = item.Attempts + 1;
        if (attempts >= _options.MaxAttempts)
        {
            await GiveUpAsync(item, $"{attempts} failed attempts, last: {error.Message}", cancellationToken).ConfigureAwait(false);
            return;
        }

        var delay = TimeSpan.FromTicks(Math.Min(_options.FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20)), _options.MaxRetryDelay.Ticks));
        LogRetrying(error, item.Id, item.ChatId, attempts, delay);
        await _outbox.DeferChatAsync(item.ChatId, _time.GetUtcNow() + delay, item.Id, error.Message, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} is in a flood wait for {Wait}; its messages wait")]
    private partial void LogFloodWait(long chatId, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} blocked the bot ({Reason}); its messages are given up and undelivered orders released")]
    private partial void LogBlocked(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} for chat {ChatId} given up: {Reason}")]
    private partial void LogGivenUp(long id, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} for chat {ChatId} failed (attempt {Attempt}); next try in {Delay}")]
    private partial void LogRetrying(Exception error, long id, long chatId, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Capturing order {OrderId} failed")]
    private partial void LogCaptureFailed(Exception error, string orderId);
}
