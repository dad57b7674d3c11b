namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The languages the bot speaks.</summary>
public enum BotLanguage
{
    /// <summary>English (the fallback).</summary>
    En,

    /// <summary>Russian.</summary>
    Ru,
}

/// <summary>Picks a language from a client's IETF tag.</summary>
public static class BotLanguages
{
    /// <summary>Russian for <c>ru</c> (and the neighbouring <c>uk</c>, <c>be</c>, <c>kk</c> whose users mostly read it), English otherwise.</summary>
    /// <param name="languageCode">The tag Telegram reports, or null.</param>
    /// <returns>The language.</returns>
    public static BotLanguage FromCode(string? languageCode) =>
        languageCode is not null && (languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase)
            || languageCode.StartsWith("uk", StringComparison.OrdinalIgnoreCase)
            || languageCode.StartsWith("be", StringComparison.OrdinalIgnoreCase)
            || languageCode.StartsWith("kk", StringComparison.OrdinalIgnoreCase))
            ? BotLanguage.Ru
            : BotLanguage.En;

    /// <summary>The short code stored and used in callback data (<c>en</c>, <c>ru</c>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    public static string Code(this BotLanguage language) => language == BotLanguage.Ru ? "ru" : "en";
}
