using System.Globalization;
using System.Text;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Turns what the engine shows into console text: a header with the message id (<c>── #12 ──</c>, or
/// <c>── (edited #12) ──</c> for an edit), the text, and the buttons row by row as <c>[1] Generate  [2] Balance</c>.
/// </summary>
internal static class ConsoleRenderer
{
    /// <summary>A message or an edit of one.</summary>
    /// <param name="message">The message.</param>
    /// <param name="edited">Whether this is an edit of an earlier message.</param>
    /// <param name="text">The text.</param>
    /// <param name="rows">The numbered buttons.</param>
    /// <returns>The block to print.</returns>
    public static string Message(MessageRef message, bool edited, string text, IReadOnlyList<IReadOnlyList<NumberedButton>> rows)
    {
        ArgumentNullException.ThrowIfNull(message);
        var block = new StringBuilder();
        block.Append(Header(edited ? $"(edited #{Id(message)})" : $"#{Id(message)}")).Append('\n');
        block.Append(text);
        foreach (var row in rows)
        {
            block.Append('\n').Append(string.Join("  ", row.Select(Button)));
        }

        return block.ToString();
    }

    /// <summary>One file the bot sent: its kind, where it is, and its caption.</summary>
    /// <param name="message">The message carrying it.</param>
    /// <param name="kind">Photo, video, audio or document.</param>
    /// <param name="location">The URL, the saved file's path, or the stored file id.</param>
    /// <param name="caption">The caption, if any.</param>
    /// <returns>The block to print.</returns>
    public static string Media(MessageRef message, MediaKind kind, string location, string? caption)
    {
        ArgumentNullException.ThrowIfNull(message);
        var block = new StringBuilder();
        block.Append(Header($"#{Id(message)}")).Append('\n');
        block.Append('[').Append(kind.ToString().ToLowerInvariant()).Append("] ").Append(location);
        if (!string.IsNullOrEmpty(caption))
        {
            block.Append('\n').Append(caption);
        }

        return block.ToString();
    }

    /// <summary>An invoice with its numbered Pay button.</summary>
    /// <param name="message">The invoice message.</param>
    /// <param name="invoice">The invoice.</param>
    /// <param name="pay">The numbered Pay button.</param>
    /// <returns>The block to print.</returns>
    public static string Invoice(MessageRef message, InvoiceScreen invoice, NumberedButton pay)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Header($"#{Id(message)}")}\n[invoice] {invoice.Title}: {invoice.Stars} ⭐\n{invoice.Description}\n{Button(pay)}");
    }

    /// <summary>A short notice, such as the toast a button's answer carries or a note from the console itself.</summary>
    /// <param name="text">The notice.</param>
    /// <returns>The line to print.</returns>
    public static string Notice(string text) => "  » " + text;

    private static string Header(string title) => $"── {title} ──";

    private static string Id(MessageRef message) => message.MessageId.ToString(CultureInfo.InvariantCulture);

    private static string Button(NumberedButton button) =>
        string.Create(CultureInfo.InvariantCulture, $"[{button.Number}] {button.Label}{(button.Button?.Url is { } url ? $" ({url})" : string.Empty)}");
}
