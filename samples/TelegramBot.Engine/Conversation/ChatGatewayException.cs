namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>Why the chat platform refused a call.</summary>
public enum ChatFailure
{
    /// <summary>Too many requests: wait <see cref="ChatGatewayException.RetryAfter"/> before the next call to this chat.</summary>
    FloodWait,

    /// <summary>The user blocked the bot or the chat is gone (403): stop sending to it.</summary>
    Blocked,

    /// <summary>The platform rejected the request itself (400), for example a file too big to fetch by URL.</summary>
    BadRequest,

    /// <summary>A network error or a server error: the call may be retried later.</summary>
    Transient,
}

/// <summary>A chat platform refused a call; adapters translate their own errors into this.</summary>
public sealed class ChatGatewayException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why it failed.</param>
    /// <param name="message">The platform's description.</param>
    /// <param name="retryAfter">For <see cref="ChatFailure.FloodWait"/>, how long to wait.</param>
    /// <param name="innerException">The platform's exception.</param>
    public ChatGatewayException(ChatFailure failure, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        RetryAfter = retryAfter;
    }

    /// <summary>Why it failed.</summary>
    public ChatFailure Failure { get; }

    /// <summary>For a flood wait, how long the platform asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; }
}
