namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Reads a typed line: a number that is on screen presses that button; <c>file &lt;path&gt;</c> sends a local file;
/// a line starting with <c>&gt;</c> sends the rest as text as it is (for a number or a text that starts with "file");
/// anything else is a text message, commands included.
/// </summary>
internal static class ConsoleCommandParser
{
    /// <summary>What the console prints at start to explain the controls.</summary>
    public const string Help =
        "Type a button's number to press it, or any text to send it (commands too: /start, /help).\n" +
        "'file <path>' sends a local file; '>text' sends text as it is (for example '>42'). End of input (Ctrl+D; Ctrl+Z Enter on Windows) quits.";

    private const string FilePrefix = "file ";

    /// <summary>Parses one line.</summary>
    /// <param name="line">The line as typed.</param>
    /// <param name="keyboard">The buttons on screen.</param>
    /// <param name="fileExists">Whether a path names an existing file (tests pass their own).</param>
    /// <returns>The command.</returns>
    public static ConsoleCommand Parse(string line, ConsoleKeyboard keyboard, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(keyboard);
        ArgumentNullException.ThrowIfNull(fileExists);
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return new ConsoleCommand.Nothing();
        }

        if (trimmed.StartsWith('>'))
        {
            var verbatim = trimmed[1..].TrimStart();
            return verbatim.Length == 0 ? new ConsoleCommand.Nothing() : new ConsoleCommand.Text(verbatim);
        }

        if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            // A number that is not on screen is an answer to a question (say, a seed), not a press.
            return keyboard.Find(number) is { } button ? new ConsoleCommand.Press(button) : new ConsoleCommand.Text(trimmed);
        }

        if (trimmed.StartsWith(FilePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var path = Unquote(trimmed[FilePrefix.Length..].Trim());
            if (path.Length > 0)
            {
                var full = Path.GetFullPath(path);
                return fileExists(full)
                    ? new ConsoleCommand.SendFile(full)
                    : new ConsoleCommand.Problem($"No such file: {full}. To send this line as text, start it with '>'.");
            }
        }

        return new ConsoleCommand.Text(trimmed);
    }

    private static string Unquote(string path) =>
        path.Length >= 2 && (path[0] == '"' || path[0] == '\'') && path[^1] == path[0] ? path[1..^1] : path;
}
