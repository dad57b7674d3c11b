using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>The screens outside a generation: main menu, help, history, language.</summary>
internal static class HomeScreens
{
    /// <summary>The main menu, optionally under a line of news (cancelled, language changed).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="firstName">The user's name.</param>
    /// <param name="lead">A line to put first, or null.</param>
    /// <returns>The screen.</returns>
    public static Screen MainMenu(BotTexts texts, string? firstName, string? lead = null) => new(
        lead is null ? texts.MainMenu(firstName) : lead + "\n\n" + texts.MainMenu(firstName),
        [
            [ScreenButton.Callback(texts.ButtonGenerate, CallbackData.Generate)],
            [ScreenButton.Callback(texts.ButtonBalance, CallbackData.Balance)],
            [ScreenButton.Callback(texts.ButtonHistory, CallbackData.History), ScreenButton.Callback(texts.ButtonTemplates, CallbackData.Templates)],
            [ScreenButton.Callback(texts.ButtonHelp, CallbackData.Help)],
        ]);

    /// <summary>Help, with the language switch.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <returns>The screen.</returns>
    public static Screen Help(BotTexts texts) => new(
        texts.HelpText,
        [
            [ScreenButton.Callback(texts.ButtonGenerate, CallbackData.Generate)],
            [ScreenButton.Callback(texts.ButtonLanguage, MenuCallbacks.LanguageMenu), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)],
        ]);

    /// <summary>History when the history feature is not registered (when it is, it claims the button first).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <returns>The screen.</returns>
    public static Screen History(BotTexts texts) => new(
        texts.HistoryEmpty,
        [[ScreenButton.Callback(texts.ButtonGenerate, CallbackData.Generate), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)]]);

    /// <summary>The language choice (names written in their own language).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <returns>The screen.</returns>
    public static Screen Language(BotTexts texts) => new(
        texts.ChooseLanguage,
        [
            [
                ScreenButton.Callback(Mark(texts.Language == BotLanguage.En, "🇬🇧 English"), CallbackData.LanguagePrefix + BotLanguage.En.Code()),
                ScreenButton.Callback(Mark(texts.Language == BotLanguage.Ru, "🇷🇺 Русский"), CallbackData.LanguagePrefix + BotLanguage.Ru.Code()),
            ],
            [ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)],
        ]);

    /// <summary>Marks the chosen option.</summary>
    /// <param name="chosen">Whether it is chosen.</param>
    /// <param name="label">The label.</param>
    /// <returns>The label, with ✅ when chosen.</returns>
    public static string Mark(bool chosen, string label) => chosen ? "✅ " + label : label;
}
