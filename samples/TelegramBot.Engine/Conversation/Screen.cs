namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>A message the bot sent, so it can be edited later (progress) or recognised when its buttons are pressed.</summary>
/// <param name="ChatId">The chat it is in.</param>
/// <param name="MessageId">The platform's message id.</param>
public sealed record MessageRef(long ChatId, int MessageId);

/// <summary>One inline button: a label and either callback data (at most 64 bytes) or a URL to open.</summary>
/// <param name="Label">What the button says.</param>
/// <param name="Data">The callback data, or null for a URL button.</param>
/// <param name="Url">The link a URL button opens.</param>
public sealed record ScreenButton(string Label, string? Data, Uri? Url = null)
{
    /// <summary>A button that sends <paramref name="data"/> back when pressed.</summary>
    /// <param name="label">What the button says.</param>
    /// <param name="data">The callback data.</param>
    /// <returns>The button.</returns>
    public static ScreenButton Callback(string label, string data) => new(label, data);

    /// <summary>A button that opens a link.</summary>
    /// <param name="label">What the button says.</param>
    /// <param name="url">The link.</param>
    /// <returns>The button.</returns>
    public static ScreenButton Link(string label, Uri url) => new(label, null, url);
}

/// <summary>
/// What to show: plain text (no markup, so user input never needs escaping) and rows of inline buttons. Adapters render
/// it (Telegram: a message with an inline keyboard; console: text and numbered buttons) and keep the platform's limits
/// (text 4096 characters, truncated with an ellipsis).
/// </summary>
/// <param name="Text">The message text.</param>
/// <param name="Buttons">Rows of buttons, top to bottom; empty for none.</param>
public sealed record Screen(string Text, IReadOnlyList<IReadOnlyList<ScreenButton>> Buttons)
{
    /// <summary>A screen with text only.</summary>
    /// <param name="text">The message text.</param>
    public Screen(string text)
        : this(text, [])
    {
    }

    /// <summary>Every button on the screen, row by row.</summary>
    public IEnumerable<ScreenButton> AllButtons => Buttons.SelectMany(row => row);
}
