using Kie.Samples.TelegramBot.Conversation;
using Kie.Sdk;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// One order's progress message: sent once, then edited as the task's state changes, at most once per interval on the
/// injected clock. It runs beside the order, never in its way: reports only note the newest screen, a flood wait stops
/// edits until it has passed, "not modified" is the gateway's no-op, and any other refusal ends the edits. The result
/// never waits for it.
/// </summary>
internal sealed partial class ProgressReporter : IProgress<KieTaskStatus>
{
    private readonly IChatGateway _chat;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly long _chatId;
    private readonly Func<KieTaskStatus, Screen> _render;
    private readonly Func<int, Task> _persistMessageId;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Screen? _wanted;
    private string? _shownText;
    private MessageRef? _message;
    private DateTimeOffset _lastShownAt = DateTimeOffset.MinValue;
    private DateTimeOffset _floodUntil = DateTimeOffset.MinValue;
    private bool _finished;
    private bool _idTaken;
    private bool _persistLate;
    private bool _stopped;
    private bool _started;

    /// <summary>Creates the reporter; nothing is sent before <see cref="Start"/>.</summary>
    /// <param name="chat">The chat gateway.</param>
    /// <param name="time">The clock.</param>
    /// <param name="interval">The shortest time between two changes of the message.</param>
    /// <param name="chatId">The chat.</param>
    /// <param name="render">Turns a task status into the message.</param>
    /// <param name="persistMessageId">Stores the message id when it was sent after the order's task was stored.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="cancellationToken">Stops the reporter (the worker's token).</param>
    public ProgressReporter(IChatGateway chat, TimeProvider time, TimeSpan interval, long chatId, Func<KieTaskStatus, Screen> render, Func<int, Task> persistMessageId, ILogger logger, CancellationToken cancellationToken)
    {
        _chat = chat;
        _time = time;
        _interval = interval;
        _chatId = chatId;
        _render = render;
        _persistMessageId = persistMessageId;
        _logger = logger;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Starts the message: sends <paramref name="first"/>, or edits <paramref name="existingMessageId"/> to it (after a restart).</summary>
    /// <param name="first">What to show first.</param>
    /// <param name="existingMessageId">The order's earlier progress message, if any.</param>
    public void Start(Screen first, int? existingMessageId)
    {
        lock (_lock)
        {
            _wanted = first;
            if (existingMessageId is { } id)
            {
                _message = new MessageRef(_chatId, id);
                _idTaken = true;
            }

            _started = true;
        }

        _ = PumpAsync(_stop.Token);
    }

    /// <inheritdoc />
    public void Report(KieTaskStatus value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var screen = _render(value);
        lock (_lock)
        {
            if (_finished)
            {
                return;
            }

            _wanted = screen;
        }

        Wake();
    }

    /// <summary>Shows the last screen (when the interval and any flood wait allow) and stops.</summary>
    /// <param name="last">The final screen.</param>
    public void Finish(Screen last)
    {
        lock (_lock)
        {
            _wanted = last;
            _finished = true;
        }

        Wake();
    }

    /// <summary>
    /// Lets go of the reporter when the order's step ends: a reporter that was finished goes on to its last edit, any
    /// other stops at once without one (the order is being retried or the bot is stopping).
    /// </summary>
    public void Release()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            if (!_started)
            {
                _stopped = true;
                _stop.Dispose();
            }
            else if (!_finished)
            {
                _stop.Cancel();
            }
        }
    }

    /// <summary>
    /// The progress message's id for the write that stores the task id, when it is known by then; otherwise the
    /// reporter stores it itself once the message is sent.
    /// </summary>
    /// <returns>The id, or null.</returns>
    public int? TakeMessageIdForStore()
    {
        lock (_lock)
        {
            if (_message is { } message)
            {
                _idTaken = true;
                return message.MessageId;
            }

            _persistLate = true;
            return null;
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            while (!cancellationToken.IsCancellationRequested)
            {
                Task wake;
                Screen? wanted;
                bool finished;
                bool idTaken;
                MessageRef? message;
                lock (_lock)
                {
                    if (_wake.Task.IsCompleted)
                    {
                        _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    }

                    wake = _wake.Task;
                    wanted = _wanted;
                    finished = _finished;
                    message = _message;
                    idTaken = _idTaken;
                }

                if (message is null && !idTaken)
                {
                    await SendFirstAsync(wanted!, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (message is null || wanted is null || wanted.Text == _shownText)
                {
                    if (finished)
                    {
                        return;
                    }

                    await wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var now = _time.GetUtcNow();
                if (_floodUntil > now)
                {
                    // No timer for a flood wait (it may last minutes): the next report after it ends shows the newest
                    // state, and a last screen that falls inside it is skipped; the result says it all.
                    if (finished)
                    {
                        return;
                    }

                    await wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var allowedAt = _lastShownAt + _interval;
                if (allowedAt > now)
                {
                    await Task.Delay(allowedAt - now, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await EditAsync(message, wanted, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            LogProgressFailed(error, _chatId);
        }
        finally
        {
            lock (_lock)
            {
                _stopped = true;
                _stop.Dispose();
            }
        }
    }

    private async Task SendFirstAsync(Screen first, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await _chat.SendAsync(_chatId, first, cancellationToken).ConfigureAwait(false);
            bool persist;
            lock (_lock)
            {
                _message = sent;
                _shownText = first.Text;
                _lastShownAt = _time.GetUtcNow();
                persist = _persistLate && !_idTaken;
                _idTaken = true;
            }

            if (persist)
            {
                await _persistMessageId(sent.MessageId).ConfigureAwait(false);
            }
        }
        catch (ChatGatewayException error)
        {
            // No progress message for this order: the result and any notice still come through the outbox.
            lock (_lock)
            {
                _idTaken = true;
                if (error is { Failure: ChatFailure.FloodWait, RetryAfter: { } wait })
                {
                    _floodUntil = _time.GetUtcNow() + wait;
                }
            }

            LogProgressRefused(_chatId, error.Failure, error.Message);
        }
    }

    private async Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken)
    {
        try
        {
            await _chat.EditAsync(message, screen, cancellationToken).ConfigureAwait(false);
            _shownText = screen.Text;
            _lastShownAt = _time.GetUtcNow();
        }
        catch (ChatGatewayException error) when (error.Failure == ChatFailure.FloodWait)
        {
            _floodUntil = _time.GetUtcNow() + (error.RetryAfter ?? _interval);
            LogProgressRefused(_chatId, error.Failure, error.Message);
        }
        catch (ChatGatewayException error)
        {
            // Deleted, too old, blocked: this message cannot show progress any more.
            lock (_lock)
            {
                _message = null;
            }

            LogProgressRefused(_chatId, error.Failure, error.Message);
        }
    }

    private void Wake()
    {
        lock (_lock)
        {
            _wake.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Progress message in chat {ChatId} refused ({Failure}: {Reason})")]
    private partial void LogProgressRefused(long chatId, ChatFailure failure, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Progress message in chat {ChatId} failed")]
    private partial void LogProgressFailed(Exception error, long chatId);
}
