using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>
/// Tells a user something outside their own conversation (reconciled payments, an admin's adjustment): finds their chat
/// and language, sends, and reports a refusal (blocked bot, flood wait) as false instead of throwing.
/// </summary>
public sealed partial class UserMessenger
{
    private readonly IChatGateway _chat;
    private readonly UserStore _users;
    private readonly ILogger<UserMessenger> _logger;

    /// <summary>Creates the messenger.</summary>
    /// <param name="chat">The chat gateway.</param>
    /// <param name="users">The user store.</param>
    /// <param name="logger">The logger.</param>
    public UserMessenger(IChatGateway chat, UserStore users, ILogger<UserMessenger> logger)
    {
        _chat = chat;
        _users = users;
        _logger = logger;
    }

    /// <summary>Sends a screen, in the user's language, to the user's private chat.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="screen">Builds the screen from the user's texts.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>True when sent.</returns>
    public async Task<bool> TellAsync(long userId, Func<BotTexts, Screen> screen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var user = await _users.FindAsync(userId, cancellationToken).ConfigureAwait(false);

        // A user who never wrote has no stored chat; a private chat's id is the user's id.
        var chatId = user?.ChatId ?? userId;
        try
        {
            await _chat.SendAsync(chatId, screen(BotTexts.For(user?.Language ?? BotLanguage.En)), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChatGatewayException error)
        {
            LogNotDelivered(error, userId, error.Failure);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not message user {UserId} ({Failure})")]
    private partial void LogNotDelivered(Exception error, long userId, ChatFailure failure);
}
