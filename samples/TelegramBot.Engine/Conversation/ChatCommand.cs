namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>A slash command split into its name and arguments (<c>/credit@MyBot 42 10 why</c> → <c>credit</c>, <c>42 10 why</c>).</summary>
/// <param name="Name">The command name, lower case, without the slash or the bot's @name.</param>
/// <param name="Arguments">Everything after the name, trimmed.</param>
internal sealed record ChatCommand(string Name, string Arguments)
{
    /// <summary>Splits a message into a command; false when it is not one.</summary>
    /// <param name="text">The message text.</param>
    /// <param name="command">The command.</param>
    /// <returns>True for commands.</returns>
    public static bool TryParse(string? text, out ChatCommand command)
    {
        command = new ChatCommand(string.Empty, string.Empty);
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length < 2 || trimmed[0] != '/')
        {
            return false;
        }

        var end = trimmed.AsSpan(1).IndexOfAny(' ', '\n', '\t');
        var head = end < 0 ? trimmed[1..] : trimmed.Substring(1, end);
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        if (name.Length == 0)
        {
            return false;
        }

        command = new ChatCommand(name, end < 0 ? string.Empty : trimmed[(end + 2)..].Trim());
        return true;
    }
}
