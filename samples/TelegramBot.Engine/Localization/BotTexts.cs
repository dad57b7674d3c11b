namespace Kie.Samples.TelegramBot.Localization;

/// <summary>
/// Every user-facing string, in English and Russian. Each feature keeps its strings in its own partial file
/// (<c>BotTexts.Menus.cs</c>, <c>BotTexts.Orders.cs</c>, …) written with <see cref="T"/>, so the two languages of a
/// string sit side by side and a missing translation is a compile error, not a runtime surprise.
/// </summary>
public sealed partial class BotTexts
{
    private static readonly BotTexts EnglishTexts = new(BotLanguage.En);
    private static readonly BotTexts RussianTexts = new(BotLanguage.Ru);

    private BotTexts(BotLanguage language)
    {
        Language = language;
    }

    /// <summary>The language of these texts.</summary>
    public BotLanguage Language { get; }

    /// <summary>The texts for a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The shared instance.</returns>
    public static BotTexts For(BotLanguage language) => language == BotLanguage.Ru ? RussianTexts : EnglishTexts;

    /// <summary>The banner every screen carries in demo mode.</summary>
    public string DemoBanner => T("🧪 DEMO MODE — offline simulator, nothing real is spent.", "🧪 ДЕМО-РЕЖИМ — офлайн-симулятор, ничего не списывается по-настоящему.");

    /// <summary>Answer to a button whose menu no longer exists (stale or forged data).</summary>
    public string MenuExpired => T("This menu has expired. Send /start to open a fresh one.", "Это меню устарело. Отправьте /start, чтобы открыть новое.");

    /// <summary>Said when something broke on our side.</summary>
    public string SomethingWentWrong => T("Something went wrong on our side. Nothing was charged. Please try again.", "Что-то пошло не так на нашей стороне. Ничего не списано. Попробуйте ещё раз.");

    /// <summary>Picks the string for this language.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="russian">The Russian text.</param>
    /// <returns>One of them.</returns>
    private string T(string english, string russian) => Language == BotLanguage.Ru ? russian : english;
}
