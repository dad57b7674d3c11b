using System.Text;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>Splits a long text into messages Telegram accepts (at most 4096 characters each), at line breaks where possible.</summary>
public static class MessagePages
{
    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MaxLength = 4096;

    /// <summary>The default page length: under <see cref="MaxLength"/> with room for the demo banner every screen gets in demo mode.</summary>
    public const int PageLength = MaxLength - 296;

    /// <summary>Splits <paramref name="text"/> into pages of at most <paramref name="maxLength"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest page.</param>
    /// <returns>The pages, in order; one empty page for an empty text.</returns>
    public static IReadOnlyList<string> Split(string text, int maxLength = PageLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        var pages = new List<string>();
        var page = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            // A single line longer than a page is cut (without splitting a surrogate pair).
            var rest = line;
            while (rest.Length > maxLength)
            {
                Flush(pages, page);
                var cut = char.IsHighSurrogate(rest[maxLength - 1]) ? maxLength - 1 : maxLength;
                pages.Add(rest[..cut]);
                rest = rest[cut..];
            }

            if (page.Length > 0 && page.Length + 1 + rest.Length > maxLength)
            {
                Flush(pages, page);
            }

            if (page.Length > 0)
            {
                page.Append('\n');
            }

            page.Append(rest);
        }

        Flush(pages, page);
        return pages.Count == 0 ? [string.Empty] : pages;
    }

    private static void Flush(List<string> pages, StringBuilder page)
    {
        if (page.Length > 0)
        {
            pages.Add(page.ToString());
            page.Clear();
        }
    }
}
