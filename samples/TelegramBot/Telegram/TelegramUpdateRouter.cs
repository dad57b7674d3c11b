using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Conversation;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// Hands Telegram updates to the engine without waiting for them, for both long polling and the webhook: each update
/// becomes a <see cref="BotEvent"/> queued on the <see cref="ChatSerialDispatcher"/> (chats in parallel, each chat in
/// order), except pre-checkout queries, which run at once because Telegram waits only 10 seconds for the answer and a
/// busy chat queue must not make a payment fail.
/// </summary>
public sealed partial class TelegramUpdateRouter : IAsyncDisposable
{
    private readonly BotEngine _engine;
    private readonly ChatSerialDispatcher _dispatcher;
    private readonly ILogger<TelegramUpdateRouter> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _urgent = new();
    private readonly TaskCompletionSource _drainStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _draining;

    /// <summary>Creates the router.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="dispatcher">The per-chat dispatcher.</param>
    /// <param name="logger">The logger.</param>
    public TelegramUpdateRouter(BotEngine engine, ChatSerialDispatcher dispatcher, ILogger<TelegramUpdateRouter> logger)
    {
        _engine = engine;
        _dispatcher = dispatcher;
        _logger = logger;
    }

    /// <summary>Queues an update for the engine and returns at once.</summary>
    /// <param name="update">The update.</param>
    /// <returns>Whether it was queued, ignored (a kind the bot does not handle), or refused because the bot is stopping.</returns>
    public TelegramDispatch Dispatch(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (Volatile.Read(ref _draining))
        {
            // Telegram must keep it: a webhook answers 503 and gets it again after the restart.
            return TelegramDispatch.Stopping;
        }

        if (TelegramUpdateMapper.Map(update) is not { } @event)
        {
            LogIgnored(update.Id, update.Type.ToString());
            return TelegramDispatch.Ignored;
        }

        if (@event is PreCheckoutRequested)
        {
            var task = Task.Run(() => HandleAsync(@event));
            _urgent.TryAdd(task, 0);
            _ = task.ContinueWith(done => _urgent.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            _ = _dispatcher.Enqueue(@event.ChatId, () => HandleAsync(@event));
        }

        return TelegramDispatch.Queued;
    }

    /// <summary>Completes when every handed-over update has been handled (shutdown, tests).</summary>
    /// <returns>A task that completes when idle.</returns>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            await Task.WhenAll(_urgent.Keys.Append(_dispatcher.WhenIdleAsync())).ConfigureAwait(false);
            if (_urgent.IsEmpty && _dispatcher.Pending == 0)
            {
                return;
            }
        }
    }

    /// <summary>Completes once <see cref="DrainAsync"/> has begun: from then on updates are refused.</summary>
    /// <returns>A task that completes when stopping began.</returns>
    public Task WhenStoppingAsync() => _drainStarted.Task;

    /// <summary>
    /// Stops taking updates, lets the queued ones finish until <paramref name="cancellationToken"/> fires, then cancels
    /// what still runs.
    /// </summary>
    /// <param name="cancellationToken">Fires when the host stops waiting.</param>
    /// <returns>A task that completes when drained or given up.</returns>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _draining, true);
        _drainStarted.TrySetResult();
        try
        {
            await WhenIdleAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogDrainCut(_dispatcher.Pending + _urgent.Count);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>Cancels what still runs; the token source is not disposed, so a late handler still reads a cancelled token.</remarks>
    public async ValueTask DisposeAsync() => await _stopping.CancelAsync().ConfigureAwait(false);

    private async Task HandleAsync(BotEvent @event)
    {
        try
        {
            await _engine.HandleAsync(@event, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the update was confirmed to Telegram, the engine's own recovery takes it from here.
        }
        catch (Exception error)
        {
            // The engine promises not to throw; if it ever does, one update must not take the adapter down.
            LogHandlerFailed(error, @event.UpdateId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} ({UpdateType}) is not one the bot handles; ignored")]
    private partial void LogIgnored(int updateId, string updateType);

    [LoggerMessage(Level = LogLevel.Error, Message = "The engine failed on update {UpdateId}")]
    private partial void LogHandlerFailed(Exception error, long? updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped with {Count} queued update(s) not handled; Telegram has them confirmed, so the engine's own recovery must pick them up")]
    private partial void LogDrainCut(int count);
}
