using Kie.Samples.TelegramBot.ConsoleUi;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

public sealed class ConsoleSessionTests
{
    [Theory]
    [InlineData(null, null, null, "en")]
    [InlineData(null, null, "ru_RU.UTF-8", "ru")]
    [InlineData(null, null, "en_US.UTF-8", "en")]
    [InlineData(null, "ru_RU.UTF-8", "en_US.UTF-8", "ru")]
    [InlineData("en", null, "ru_RU.UTF-8", "en")]
    [InlineData("ru", null, null, "ru")]
    public void The_lang_switch_wins_then_the_locale(string? argument, string? lcAll, string? lang, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LANG"] = lang };

        var session = ConsoleSession.Create(argument, name => environment.GetValueOrDefault(name));

        Assert.Equal(expected, session.LanguageCode);
        Assert.Equal(expected, session.User.LanguageCode);
        Assert.Equal(1, session.User.Id);
        Assert.Equal(1, ConsoleSession.ChatId);
    }
}
