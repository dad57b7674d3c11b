using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>Arranges buttons: rows sized to the labels, pages for long lists, the usual Back/Cancel row.</summary>
internal static class MenuLayout
{
    /// <summary>Splits buttons into rows of at most <paramref name="perRow"/>.</summary>
    /// <param name="buttons">The buttons.</param>
    /// <param name="perRow">Buttons per row.</param>
    /// <returns>The rows.</returns>
    public static List<IReadOnlyList<ScreenButton>> Rows(IReadOnlyList<ScreenButton> buttons, int perRow)
    {
        var rows = new List<IReadOnlyList<ScreenButton>>((buttons.Count + perRow - 1) / perRow + 2);
        for (var start = 0; start < buttons.Count; start += perRow)
        {
            var row = new ScreenButton[Math.Min(perRow, buttons.Count - start)];
            for (var index = 0; index < row.Length; index++)
            {
                row[index] = buttons[start + index];
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>How many buttons fit a row for labels this long (short values such as ratios four abreast).</summary>
    /// <param name="longestLabel">The longest label's length.</param>
    /// <returns>Buttons per row.</returns>
    public static int PerRow(int longestLabel) => longestLabel switch
    {
        <= 6 => 4,
        <= 12 => 3,
        <= 22 => 2,
        _ => 1,
    };

    /// <summary>The range of items on a page, and how many pages there are.</summary>
    /// <param name="count">The number of items.</param>
    /// <param name="page">The page asked for (clamped).</param>
    /// <param name="pageSize">Items per page.</param>
    /// <returns>The first item, the number of items on the page, the clamped page and the page count.</returns>
    public static (int Start, int Length, int Page, int Pages) Page(int count, int page, int pageSize)
    {
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var clamped = Math.Clamp(page, 0, pages - 1);
        var start = clamped * pageSize;
        return (start, Math.Min(pageSize, count - start), clamped, pages);
    }

    /// <summary>The Previous/Next row of a paged list, or null on a single page.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="page">The current page.</param>
    /// <param name="pages">The page count.</param>
    /// <param name="dataOf">The data of a page's button.</param>
    /// <returns>The row or null.</returns>
    public static IReadOnlyList<ScreenButton>? PagingRow(BotTexts texts, int page, int pages, Func<int, string> dataOf)
    {
        if (pages <= 1)
        {
            return null;
        }

        var row = new List<ScreenButton>(2);
        if (page > 0)
        {
            row.Add(ScreenButton.Callback(texts.ButtonPrevious, dataOf(page - 1)));
        }

        if (page < pages - 1)
        {
            row.Add(ScreenButton.Callback(texts.ButtonNext, dataOf(page + 1)));
        }

        return row;
    }

    /// <summary>The Back and Cancel row.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="backData">Where Back goes.</param>
    /// <returns>The row.</returns>
    public static IReadOnlyList<ScreenButton> BackAndCancel(BotTexts texts, string backData) =>
        [ScreenButton.Callback(texts.ButtonBack, backData), ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)];
}
