using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// Sends the outbox: each chat with a due message gets a sender that goes through the chat's messages in order, up to
/// <see cref="DeliveryOptions.Concurrency"/> chats at once. Between rounds it sleeps on the injected clock until the next
/// message is due, or until it is woken because something was queued; it never polls. What was queued before a
/// restart is sent after it.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    private static readonly TimeSpan ErrorPause = TimeSpan.FromSeconds(5);
    private readonly OutboxStore _outbox;
    private readonly OutboxSignal _signal;
    private readonly OutboxDelivery _delivery;
    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="outbox">The outbox store.</param>
    /// <param name="signal">Wakes the dispatcher.</param>
    /// <param name="delivery">Sends one message.</param>
    /// <param name="options">The bot's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public OutboxDispatcher(OutboxStore outbox, OutboxSignal signal, OutboxDelivery delivery, BotOptions options, TimeProvider time, ILogger<OutboxDispatcher> logger)
    {
        _outbox = outbox;
        _signal = signal;
        _delivery = delivery;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var slots = new SemaphoreSlim(Math.Max(1, _options.Delivery.Concurrency));
        var busy = new ConcurrentDictionary<long, Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            _signal.Reset();
            DateTimeOffset? wakeAt = null;
            try
            {
                // Enough chats to fill the free slots even if every busy chat is among them.
                var due = await _outbox.DueChatsAsync(slots.CurrentCount + busy.Count, stoppingToken).ConfigureAwait(false);
                foreach (var chatId in due)
                {
                    if (busy.ContainsKey(chatId))
                    {
                        continue;
                    }

                    if (!slots.Wait(0))
                    {
                        // Every slot is busy: a finishing chat wakes this loop.
                        break;
                    }

                    _signal.SendingStarted();
                    busy[chatId] = DrainAsync(chatId, slots, busy, stoppingToken);
                }

                if (due.Count == 0)
                {
                    wakeAt = await _outbox.NextDueAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogRoundFailed(error);
                wakeAt = _time.GetUtcNow() + ErrorPause;
            }

            if (!await _signal.RestAsync(wakeAt, _time, ignoreWakeUps: false, stoppingToken).ConfigureAwait(false))
            {
                break;
            }
        }

        await Task.WhenAll(busy.Values).ConfigureAwait(false);
    }

    private async Task DrainAsync(long chatId, SemaphoreSlim slots, ConcurrentDictionary<long, Task> busy, CancellationToken stoppingToken)
    {
        try
        {
            // Never send on the dispatcher's loop.
            await Task.Yield();
            while (!stoppingToken.IsCancellationRequested)
            {
                var item = await _outbox.HeadAsync(chatId, stoppingToken).ConfigureAwait(false);
                if (item is null || item.NextAttemptAt > _time.GetUtcNow())
                {
                    break;
                }

                await _delivery.DeliverAsync(item, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            LogChatFailed(error, chatId);
        }
        finally
        {
            busy.TryRemove(chatId, out _);
            slots.Release();
            _signal.SendingEnded();
            _signal.Wake();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox round failed; trying again shortly")]
    private partial void LogRoundFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the outbox of chat {ChatId} failed")]
    private partial void LogChatFailed(Exception error, long chatId);
}
