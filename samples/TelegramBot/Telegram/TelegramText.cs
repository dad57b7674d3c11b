namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// The Bot API's length limits for plain text, and truncation that keeps them. The bot sends no parse mode, so the
/// library's <c>HtmlText.Truncate</c> does not fit (it would read a user's <c>&lt;</c> or <c>&amp;</c> as markup); this
/// cuts plain text instead, counting UTF-16 code units as Telegram does and never splitting a surrogate pair.
/// </summary>
public static class TelegramText
{
    /// <summary>The longest message text.</summary>
    public const int MessageLimit = 4096;

    /// <summary>The longest media caption.</summary>
    public const int CaptionLimit = 1024;

    /// <summary>The longest notice in a callback answer.</summary>
    public const int CallbackNoticeLimit = 200;

    /// <summary>The suffix that marks a cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>Returns <paramref name="text"/> if it fits, else its start plus an ellipsis, <paramref name="limit"/> long in all.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">The most UTF-16 code units allowed (at least 2).</param>
    /// <returns>The text, cut if needed.</returns>
    public static string Truncate(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        if (text.Length <= limit)
        {
            return text;
        }

        var keep = limit - Ellipsis.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    /// <summary>A message text within <see cref="MessageLimit"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, cut if needed.</returns>
    public static string ForMessage(string text) => Truncate(text, MessageLimit);

    /// <summary>A caption within <see cref="CaptionLimit"/>, or null for none.</summary>
    /// <param name="caption">The caption.</param>
    /// <returns>The caption, cut if needed.</returns>
    public static string? ForCaption(string? caption) => string.IsNullOrEmpty(caption) ? null : Truncate(caption, CaptionLimit);

    /// <summary>A callback answer notice within <see cref="CallbackNoticeLimit"/>, or null for none.</summary>
    /// <param name="notice">The notice.</param>
    /// <returns>The notice, cut if needed.</returns>
    public static string? ForCallbackNotice(string? notice) => string.IsNullOrEmpty(notice) ? null : Truncate(notice, CallbackNoticeLimit);
}
