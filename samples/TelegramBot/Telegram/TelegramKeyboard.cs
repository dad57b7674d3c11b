using Kie.Samples.TelegramBot.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>Turns a <see cref="Screen"/>'s rows of buttons into Telegram's inline keyboard.</summary>
public static class TelegramKeyboard
{
    /// <summary>The inline keyboard for a screen, or null when it has no buttons (an edit then removes the old keyboard).</summary>
    /// <param name="screen">The screen.</param>
    /// <returns>The markup, or null.</returns>
    public static InlineKeyboardMarkup? For(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var rows = screen.Buttons.Where(row => row.Count > 0).Select(row => row.Select(Button).ToArray()).ToArray();
        return rows.Length == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton Button(ScreenButton button) =>
        button.Data is { } data ? InlineKeyboardButton.WithCallbackData(button.Label, data)
        : button.Url is { } url ? InlineKeyboardButton.WithUrl(button.Label, url.AbsoluteUri)
        : throw new ArgumentException($"The button '{button.Label}' has neither callback data nor a URL.", nameof(button));
}
