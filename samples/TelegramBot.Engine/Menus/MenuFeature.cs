using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// The menus: asked last, they take whatever no other feature claimed — every text (commands, typed values, and the
/// one neutral reply to anything else), every file, and their own buttons. Stale or forged button data is refused
/// (false), so the engine answers "this menu has expired". A parameter the menus are waiting for is a question like any
/// other feature's: the user moving on to another feature's button or command closes it.
/// </summary>
internal sealed class MenuFeature : IBotFeature, IAsksQuestions
{
    private readonly UserLocks _locks;
    private readonly CallbackKeyStore _keys;
    private readonly MenuSessionStore _sessions;
    private readonly HomeFlow _home;
    private readonly NavigationFlow _navigation;
    private readonly ParameterFlow _parameters;
    private readonly SummaryFlow _summary;

    /// <summary>Creates the feature.</summary>
    /// <param name="locks">Per-user serialisation.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="home">Commands and home screens.</param>
    /// <param name="navigation">Category → model → mode.</param>
    /// <param name="parameters">Parameters.</param>
    /// <param name="summary">Summary and Confirm.</param>
    public MenuFeature(UserLocks locks, CallbackKeyStore keys, MenuSessionStore sessions, HomeFlow home, NavigationFlow navigation, ParameterFlow parameters, SummaryFlow summary)
    {
        _locks = locks;
        _keys = keys;
        _sessions = sessions;
        _home = home;
        _navigation = navigation;
        _parameters = parameters;
        _summary = summary;
    }

    /// <inheritdoc />
    public ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Event)
        {
            case ButtonPressed pressed:
                var action = MenuCallbacks.Parse(pressed.Data);
                return action.Kind == MenuActionKind.None
                    ? ValueTask.FromResult(false)
                    : RunAsync(context, turn => ButtonAsync(turn, action, cancellationToken), cancellationToken);
            case TextReceived text:
                return RunAsync(context, turn => TextAsync(turn, text.Text, cancellationToken), cancellationToken);
            case FileReceived file:
                return RunAsync(context, turn => _parameters.FileAsync(turn, file, cancellationToken), cancellationToken);
            default:
                return ValueTask.FromResult(false);
        }
    }

    /// <inheritdoc />
    public async Task ForgetQuestionAsync(long userId, CancellationToken cancellationToken)
    {
        using var held = await _locks.EnterAsync(userId, cancellationToken).ConfigureAwait(false);
        var session = await _sessions.LoadAsync(userId, cancellationToken).ConfigureAwait(false);
        if (session.Awaiting is null)
        {
            return;
        }

        session.Awaiting = null;
        await _sessions.SaveAsync(userId, session, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<bool> RunAsync(BotContext context, Func<MenuTurn, Task<bool>> work, CancellationToken cancellationToken)
    {
        using var held = await _locks.EnterAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await _keys.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var session = await _sessions.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var turn = new MenuTurn(context, session, _keys, _sessions);
        if (!await work(turn).ConfigureAwait(false))
        {
            return false;
        }

        await turn.SaveAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> TextAsync(MenuTurn turn, string text, CancellationToken cancellationToken)
    {
        switch (ChatCommand.TryParse(text, out var command) ? command.Name : null)
        {
            case null:
                return await _parameters.TextAsync(turn, text, cancellationToken).ConfigureAwait(false)
                    || await _home.UnknownAsync(turn, cancellationToken).ConfigureAwait(false);
            case "start":
                // A payload (/start ref_abc) is for the referral feature, when there is one; here it changes nothing.
                return await _home.StartAsync(turn, cancellationToken).ConfigureAwait(false);
            case "menu":
                return await _home.MainMenuAsync(turn, cancellationToken).ConfigureAwait(false);
            case "help":
                return await _home.HelpAsync(turn, cancellationToken).ConfigureAwait(false);
            case "cancel":
                return await _home.CancelAsync(turn, cancellationToken).ConfigureAwait(false);
            case "language":
            case "lang":
                return await _home.LanguageAsync(turn, cancellationToken).ConfigureAwait(false);
            default:
                return await _home.UnknownAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<bool> ButtonAsync(MenuTurn turn, MenuAction action, CancellationToken cancellationToken) => action.Kind switch
    {
        MenuActionKind.MainMenu => _home.MainMenuAsync(turn, cancellationToken),
        MenuActionKind.Help => _home.HelpAsync(turn, cancellationToken),
        MenuActionKind.History => _home.HistoryAsync(turn, cancellationToken),
        MenuActionKind.LanguageMenu => _home.LanguageAsync(turn, cancellationToken),
        MenuActionKind.SetLanguage => _home.SetLanguageAsync(turn, action.First!, cancellationToken),
        MenuActionKind.Cancel => _home.CancelAsync(turn, cancellationToken),
        MenuActionKind.Generate => _navigation.CategoriesAsync(turn, cancellationToken),
        MenuActionKind.Category => _navigation.CategoryAsync(turn, action.First!, 0, cancellationToken),
        MenuActionKind.ModelsPage => _navigation.CategoryAsync(turn, action.First!, action.Page, cancellationToken),
        MenuActionKind.Model => _navigation.ModelAsync(turn, action.First!, cancellationToken),
        MenuActionKind.Mode => _navigation.ModeAsync(turn, action.First!, action.Second!, cancellationToken),
        MenuActionKind.Parameters => _parameters.OverviewAsync(turn, cancellationToken),
        MenuActionKind.ParameterInput => _parameters.InputAsync(turn, action.First!, 0, cancellationToken),
        MenuActionKind.ParameterPage => _parameters.InputAsync(turn, action.First!, action.Page, cancellationToken),
        MenuActionKind.SetParameter => _parameters.SetAsync(turn, action.First!, action.Second!, cancellationToken),
        MenuActionKind.Skip => _parameters.SkipAsync(turn, action.First!, cancellationToken),
        MenuActionKind.Done => _parameters.DoneAsync(turn, action.First!, cancellationToken),
        MenuActionKind.Clear => _parameters.ClearAsync(turn, action.First!, cancellationToken),
        MenuActionKind.ShowPriceConfirmation => _summary.ShowAsync(turn, cancellationToken),
        MenuActionKind.Tier => _summary.TierAsync(turn, action.First!, cancellationToken),
        MenuActionKind.Confirm => _summary.ConfirmAsync(turn, action.First!, cancellationToken),
        _ => Task.FromResult(false),
    };
}
