using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Money;
using Kie.Sdk.Pricing;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// The conversation engine: takes a <see cref="BotEvent"/>, ignores redelivered updates, makes sure the user exists
/// (granting a welcome bonus once), offers the event to each <see cref="IBotFeature"/>, answers every button press, and
/// turns unexpected errors into a polite message. It knows nothing of Telegram.
/// </summary>
public sealed partial class BotEngine
{
    private readonly IReadOnlyList<IBotFeature> _features;
    private readonly IAsksQuestions[] _askers;
    private readonly IChatGateway _chat;
    private readonly BotDatabase _database;
    private readonly UserStore _users;
    private readonly ProcessedUpdates _updates;
    private readonly Ledger _ledger;
    private readonly PriceCalculator _money;
    private readonly BotOptions _options;
    private readonly ILogger<BotEngine> _logger;
    private readonly INewUserObserver[] _newUserObservers;

    /// <summary>Creates the engine.</summary>
    /// <param name="features">The features, in the order they are asked.</param>
    /// <param name="chat">The chat gateway.</param>
    /// <param name="database">The database (the update mark and the user are written in one transaction).</param>
    /// <param name="users">The user store.</param>
    /// <param name="updates">The processed-update log.</param>
    /// <param name="ledger">The ledger (demo play money).</param>
    /// <param name="money">The price calculator (money conversion).</param>
    /// <param name="options">The bot's options.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="newUserObservers">Told about each new user once (the welcome bonus).</param>
    public BotEngine(IEnumerable<IBotFeature> features, IChatGateway chat, BotDatabase database, UserStore users, ProcessedUpdates updates, Ledger ledger, PriceCalculator money, BotOptions options, ILogger<BotEngine> logger, IEnumerable<INewUserObserver>? newUserObservers = null)
    {
        _newUserObservers = newUserObservers?.ToArray() ?? [];
        _features = features.ToArray();
        _askers = _features.OfType<IAsksQuestions>().ToArray();
        _chat = chat;
        _database = database;
        _users = users;
        _updates = updates;
        _ledger = ledger;
        _money = money;
        _options = options;
        _logger = logger;
    }

    /// <summary>Handles one event. Never throws except for cancellation.</summary>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public async Task HandleAsync(BotEvent @event, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event);
        BotContext? context = null;
        try
        {
            // One write for both: every event pays for the write lock once, not twice.
            var user = await _database.WriteAsync(
                async (connection, transaction) =>
                    @event.UpdateId is { } updateId && !await _updates.TryMarkAsync(connection, transaction, updateId).ConfigureAwait(false)
                        ? null
                        : await _users.EnsureAsync(connection, transaction, @event.User, @event.ChatId).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            if (user is null)
            {
                LogDuplicateUpdate(@event.UpdateId!.Value);
                return;
            }
            if (user.IsNew)
            {
                await GrantStartingMoneyAsync(user, cancellationToken).ConfigureAwait(false);
            }

            context = new BotContext(@event, user, _chat, _options.IsAdmin(@event.User.Id));
            IBotFeature? handler = null;
            foreach (var feature in _features)
            {
                if (await feature.TryHandleAsync(context, cancellationToken).ConfigureAwait(false))
                {
                    handler = feature;
                    break;
                }
            }

            var handled = handler is not null;
            if (handled && MovesOn(@event))
            {
                foreach (var asker in _askers)
                {
                    if (!ReferenceEquals(asker, handler))
                    {
                        await asker.ForgetQuestionAsync(user.Id, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            if (!handled && @event is ButtonPressed)
            {
                // Stale or forged data: no feature recognised it.
                await context.AnswerAsync(context.Texts.MenuExpired, cancellationToken).ConfigureAwait(false);
            }

            await context.AnswerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            LogHandlerFailed(error, @event.GetType().Name, @event.ChatId);
            await TryApologiseAsync(@event, context, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task GrantStartingMoneyAsync(UserProfile user, CancellationToken cancellationToken)
    {
        foreach (var observer in _newUserObservers)
        {
            await observer.UserCreatedAsync(user, cancellationToken).ConfigureAwait(false);
        }

        // Demo play money tops the welcome bonus (bonus money, granted by an observer) up to the demo starting balance.
        var demo = _options.DemoMode ? _options.DemoStartingBalance - Math.Max(0, _options.WelcomeBonus) : 0;
        if (demo > 0)
        {
            await _ledger.GrantAsync(user.Id, $"welcome:{user.Id}", _money.ToMinorUnits(demo), "demo starting balance", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TryApologiseAsync(BotEvent @event, BotContext? context, CancellationToken cancellationToken)
    {
        var texts = context?.Texts ?? Localization.BotTexts.For(Localization.BotLanguages.FromCode(@event.User.LanguageCode));
        try
        {
            if (@event is ButtonPressed pressed && context?.IsAnswered != true)
            {
                await _chat.AnswerButtonAsync(pressed.CallbackId, null, cancellationToken).ConfigureAwait(false);
            }

            await _chat.SendAsync(@event.ChatId, new Screen(texts.SomethingWentWrong), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogApologyFailed(error, @event.ChatId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} was handled before; ignored")]
    private partial void LogDuplicateUpdate(long updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {EventType} in chat {ChatId} failed")]
    private partial void LogHandlerFailed(Exception error, string eventType, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell chat {ChatId} about a failure")]
    private partial void LogApologyFailed(Exception error, long chatId);

    /// <summary>A button or a command: the user has moved on from any question another feature asked.</summary>
    /// <param name="event">The event.</param>
    /// <returns>True for buttons and commands.</returns>
    private static bool MovesOn(BotEvent @event) =>
        @event is ButtonPressed || (@event is TextReceived text && ChatCommand.TryParse(text.Text, out _));
}
