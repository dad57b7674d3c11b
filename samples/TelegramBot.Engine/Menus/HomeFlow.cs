using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>The common commands and screens: /start, main menu, /help, history, /language, /cancel, unknown input.</summary>
internal sealed class HomeFlow
{
    private readonly UserStore _users;

    /// <summary>Creates the flow.</summary>
    /// <param name="users">The user store (language changes).</param>
    public HomeFlow(UserStore users)
    {
        _users = users;
    }

    /// <summary>/start (any payload is ignored here): a fresh main menu.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> StartAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        turn.Session.Clear();
        await turn.ShowAsync(HomeScreens.MainMenu(turn.Texts, turn.Context.User.FirstName), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The main menu (<c>menu:main</c>); the current choice is kept for Back.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> MainMenuAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        turn.Session.Awaiting = null;
        await turn.ShowAsync(HomeScreens.MainMenu(turn.Texts, turn.Context.User.FirstName), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>/help and the Help button.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> HelpAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        await turn.ShowAsync(HomeScreens.Help(turn.Texts), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>History when the history feature is not registered (it claims the button and /history first).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> HistoryAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        await turn.ShowAsync(HomeScreens.History(turn.Texts), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>/language and the Language button.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> LanguageAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        await turn.ShowAsync(HomeScreens.Language(turn.Texts), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary><c>lang:en</c> / <c>lang:ru</c>: stores the language and shows the main menu in it.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="code">The language code.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for an unknown code.</returns>
    public async Task<bool> SetLanguageAsync(MenuTurn turn, string code, CancellationToken cancellationToken)
    {
        BotLanguage language;
        if (code == BotLanguage.En.Code())
        {
            language = BotLanguage.En;
        }
        else if (code == BotLanguage.Ru.Code())
        {
            language = BotLanguage.Ru;
        }
        else
        {
            return false;
        }

        await _users.SetLanguageAsync(turn.Context.UserId, language, cancellationToken).ConfigureAwait(false);
        turn.Context.UpdateUser(turn.Context.User with { Language = language });
        await turn.ShowAsync(HomeScreens.MainMenu(turn.Texts, turn.Context.User.FirstName, turn.Texts.LanguageChanged), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>/cancel and the Cancel button: forgets the whole choice, wherever the user was.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> CancelAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        turn.Session.Clear();
        await turn.ShowAsync(HomeScreens.MainMenu(turn.Texts, turn.Context.User.FirstName, turn.Texts.Cancelled), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The one neutral reply to unknown commands (admin ones included) and unexpected text.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> UnknownAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        await turn.ReplyAsync(new Screen(turn.Texts.UnknownCommand), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
