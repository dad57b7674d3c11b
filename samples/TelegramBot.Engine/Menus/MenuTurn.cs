using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// One event in the menus: its context and the user's session. Every screen goes out through <see cref="ShowAsync"/> or
/// <see cref="ReplyAsync"/>, which first store the screen's new callback keys and the session, so a button never
/// reaches the user before the state it relies on is durable.
/// </summary>
internal sealed class MenuTurn
{
    private readonly CallbackKeyStore _keys;
    private readonly MenuSessionStore _sessions;

    /// <summary>Creates the turn.</summary>
    /// <param name="context">The event.</param>
    /// <param name="session">The user's session (loaded for this event).</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="sessions">The session store.</param>
    public MenuTurn(BotContext context, MenuSession session, CallbackKeyStore keys, MenuSessionStore sessions)
    {
        Context = context;
        Session = session;
        _keys = keys;
        _sessions = sessions;
    }

    /// <summary>The event.</summary>
    public BotContext Context { get; }

    /// <summary>The user's session; changes are saved with the next screen or at the end of the event.</summary>
    public MenuSession Session { get; }

    /// <summary>The user's texts.</summary>
    public BotTexts Texts => Context.Texts;

    /// <summary>
    /// Whether screens go out as new messages even for a button press: set when another feature opens a menu from its
    /// own message (Retry under a failure notice), which must stay as it is.
    /// </summary>
    public bool AlwaysNewMessage { get; init; }

    /// <summary>Whether the event is a button press (notices go to its answer, not into the chat).</summary>
    public bool IsButton => Context.Event is ButtonPressed;

    /// <summary>Shows a screen in place of the pressed menu (or as a new message for typed input and files).</summary>
    /// <param name="screen">The screen.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when shown.</returns>
    public async Task ShowAsync(Screen screen, CancellationToken cancellationToken)
    {
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        if (AlwaysNewMessage)
        {
            await Context.ReplyAsync(screen, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Context.ShowAsync(screen, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a screen as a new message.</summary>
    /// <param name="screen">The screen.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when sent.</returns>
    public async Task ReplyAsync(Screen screen, CancellationToken cancellationToken)
    {
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        await Context.ReplyAsync(screen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A short notice: the button's toast, or a message for typed input.</summary>
    /// <param name="text">The notice.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when told.</returns>
    public async Task NoticeAsync(string text, CancellationToken cancellationToken)
    {
        if (IsButton)
        {
            await Context.AnswerAsync(text, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ReplyAsync(new Screen(text), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores new callback keys and the session (nothing when unchanged).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when stored.</returns>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _keys.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _sessions.SaveAsync(Context.UserId, Session, cancellationToken).ConfigureAwait(false);
    }
}
