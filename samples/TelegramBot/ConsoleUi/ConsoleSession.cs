using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// The one person at the console: user 1 in chat 1, speaking the language chosen with <c>--lang</c> or, failing that,
/// the one the environment's locale names (<c>LANG=ru_RU.UTF-8</c> → Russian).
/// </summary>
/// <param name="LanguageCode">The language code the console user's "client" reports (<c>en</c> or <c>ru</c>).</param>
internal sealed record ConsoleSession(string LanguageCode)
{
    /// <summary>The console user's id (and their private chat's id).</summary>
    public const long UserId = 1;

    /// <summary>The console chat's id (a private chat has the user's id).</summary>
    public const long ChatId = UserId;

    /// <summary>The user as events report them.</summary>
    public BotUser User { get; } = new(UserId, "Console", "console", LanguageCode);

    /// <summary>Picks the language: the <c>--lang</c> argument wins, then <c>LC_ALL</c>, then <c>LANG</c>; English otherwise.</summary>
    /// <param name="argument">The <c>--lang</c> value, or null.</param>
    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    /// <returns>The session.</returns>
    public static ConsoleSession Create(string? argument, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var source = !string.IsNullOrWhiteSpace(argument)
            ? argument
            : FirstSet(environment("LC_ALL"), environment("LANG"));
        var russian = source is not null && source.StartsWith("ru", StringComparison.OrdinalIgnoreCase);
        return new ConsoleSession(russian ? "ru" : "en");
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
