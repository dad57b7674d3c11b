using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>What every admin command feature does alike: recognise an admin's command, name a user, reply in pages.</summary>
internal static class AdminChat
{
    /// <summary>
    /// The event's slash command when an admin sent it; false for anyone else, so the command is not claimed and the user
    /// gets the same reply as for any unknown command.
    /// </summary>
    /// <param name="context">The event.</param>
    /// <param name="command">The command.</param>
    /// <returns>True for an admin's command.</returns>
    public static bool TryGetCommand(BotContext context, out ChatCommand command)
    {
        if (!context.IsAdmin || context.Event is not TextReceived text)
        {
            command = new ChatCommand(string.Empty, string.Empty);
            return false;
        }

        return ChatCommand.TryParse(text.Text, out command);
    }

    /// <summary>A user as admins see them: the id, then the first name and @username when known.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The text.</returns>
    public static string Describe(UserProfile user)
    {
        var name = string.Join(", ", new[] { user.FirstName, user.Username is null ? null : "@" + user.Username }.Where(part => !string.IsNullOrEmpty(part)));
        var id = user.Id.ToString(CultureInfo.InvariantCulture);
        return name.Length == 0 ? id : $"{id} ({name})";
    }

    /// <summary>Replies with a plain message.</summary>
    /// <param name="context">The event.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when sent.</returns>
    public static Task ReplyAsync(BotContext context, string text, CancellationToken cancellationToken) =>
        context.ReplyAsync(new Screen(text), cancellationToken);

    /// <summary>Replies with a text that may be longer than one message, in as many messages as it needs.</summary>
    /// <param name="context">The event.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every page is sent.</returns>
    public static async Task ReplyPagesAsync(BotContext context, string text, CancellationToken cancellationToken)
    {
        foreach (var page in MessagePages.Split(text))
        {
            await ReplyAsync(context, page, cancellationToken).ConfigureAwait(false);
        }
    }
}
