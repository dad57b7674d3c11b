using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>One event being handled: who, what, in which language, and the chat to answer in.</summary>
public sealed class BotContext
{
    private int _answered;

    /// <summary>Creates the context.</summary>
    /// <param name="event">The event.</param>
    /// <param name="user">The stored user.</param>
    /// <param name="chat">The chat gateway.</param>
    /// <param name="isAdmin">Whether the user is an admin.</param>
    public BotContext(BotEvent @event, UserProfile user, IChatGateway chat, bool isAdmin)
    {
        Event = @event;
        User = user;
        Chat = chat;
        IsAdmin = isAdmin;
    }

    /// <summary>The event.</summary>
    public BotEvent Event { get; }

    /// <summary>The stored user (language, creation time).</summary>
    public UserProfile User { get; private set; }

    /// <summary>The chat gateway.</summary>
    public IChatGateway Chat { get; }

    /// <summary>Whether the user is an admin.</summary>
    public bool IsAdmin { get; }

    /// <summary>The chat the event came from.</summary>
    public long ChatId => Event.ChatId;

    /// <summary>The user's id.</summary>
    public long UserId => Event.User.Id;

    /// <summary>The texts in the user's language.</summary>
    public BotTexts Texts => BotTexts.For(User.Language);

    /// <summary>The event's text, for text messages; null otherwise.</summary>
    public string? Text => (Event as TextReceived)?.Text;

    /// <summary>The pressed button's data, for button presses; null otherwise.</summary>
    public string? ButtonData => (Event as ButtonPressed)?.Data;

    /// <summary>Whether the button press was answered already.</summary>
    public bool IsAnswered => Volatile.Read(ref _answered) == 1;

    /// <summary>Sends a new message to this chat.</summary>
    /// <param name="screen">What to show.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sent message.</returns>
    public Task<MessageRef> ReplyAsync(Screen screen, CancellationToken cancellationToken = default) => Chat.SendAsync(ChatId, screen, cancellationToken);

    /// <summary>
    /// Shows a screen where the pressed button's message was (edited in place), or as a new message for text events.
    /// Keeps menus in one message instead of a trail of them.
    /// </summary>
    /// <param name="screen">What to show.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message that shows it.</returns>
    public async Task<MessageRef> ShowAsync(Screen screen, CancellationToken cancellationToken = default)
    {
        if (Event is ButtonPressed { Message: { } message })
        {
            try
            {
                await Chat.EditAsync(message, screen, cancellationToken).ConfigureAwait(false);
                return message;
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                // The message is too old to edit or was deleted: fall back to a new one.
            }
        }

        return await ReplyAsync(screen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers the button press (once; later calls do nothing).</summary>
    /// <param name="notice">A short toast, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when answered.</returns>
    public Task AnswerAsync(string? notice = null, CancellationToken cancellationToken = default)
    {
        if (Event is not ButtonPressed pressed || Interlocked.Exchange(ref _answered, 1) == 1)
        {
            return Task.CompletedTask;
        }

        return Chat.AnswerButtonAsync(pressed.CallbackId, notice, cancellationToken);
    }

    /// <summary>Replaces the stored user after a change (for example a new language).</summary>
    /// <param name="user">The updated profile.</param>
    public void UpdateUser(UserProfile user) => User = user;
}
