using Kie.Samples.TelegramBot.Conversation;
using Telegram.Bot.Exceptions;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>Translates Telegram.Bot's exceptions into the engine's <see cref="ChatGatewayException"/>.</summary>
public static class TelegramErrors
{
    /// <summary>
    /// The engine's view of a failed Bot API call: 429 → flood wait (with <c>retry_after</c>), 403 or a vanished chat →
    /// blocked, other 400s → bad request, anything else (5xx, network, timeouts, unreadable replies) → transient.
    /// </summary>
    /// <param name="error">What Telegram.Bot threw.</param>
    /// <returns>The exception to throw instead.</returns>
    public static ChatGatewayException Translate(RequestException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is not ApiRequestException api)
        {
            return new ChatGatewayException(ChatFailure.Transient, error.Message, innerException: error);
        }

        return api.ErrorCode switch
        {
            429 => new ChatGatewayException(ChatFailure.FloodWait, api.Message, RetryAfter(api), api),
            403 => new ChatGatewayException(ChatFailure.Blocked, api.Message, innerException: api),
            400 when ChatIsGone(api) => new ChatGatewayException(ChatFailure.Blocked, api.Message, innerException: api),
            400 => new ChatGatewayException(ChatFailure.BadRequest, api.Message, innerException: api),
            _ => new ChatGatewayException(ChatFailure.Transient, api.Message, innerException: api),
        };
    }

    /// <summary>Whether an edit failed only because the message already shows this content (a no-op, not an error).</summary>
    /// <param name="error">The exception.</param>
    /// <returns>True for "message is not modified".</returns>
    public static bool IsNotModified(ApiRequestException error) =>
        error is { ErrorCode: 400 } && Mentions(error, "message is not modified");

    /// <summary>Whether a refund failed because the charge was refunded before (counts as success).</summary>
    /// <param name="error">The exception.</param>
    /// <returns>True for CHARGE_ALREADY_REFUNDED and its wordings.</returns>
    public static bool IsAlreadyRefunded(ApiRequestException error) =>
        error is { ErrorCode: 400 } && (Mentions(error, "ALREADY_REFUNDED") || Mentions(error, "already refunded"));

    /// <summary>Whether a callback answer came too late (Telegram forgets a press after a while; the spinner is gone anyway).</summary>
    /// <param name="error">The exception.</param>
    /// <returns>True for "query is too old".</returns>
    public static bool IsExpiredQuery(ApiRequestException error) =>
        error is { ErrorCode: 400 } && (Mentions(error, "query is too old") || Mentions(error, "query ID is invalid"));

    private static TimeSpan RetryAfter(ApiRequestException error) =>
        TimeSpan.FromSeconds(Math.Max(1, error.Parameters?.RetryAfter ?? 1));

    // Telegram answers 400 "chat not found" for a deleted or never-started chat: for the engine that is a blocked chat.
    private static bool ChatIsGone(ApiRequestException error) => Mentions(error, "chat not found");

    private static bool Mentions(ApiRequestException error, string words) =>
        error.Message.Contains(words, StringComparison.OrdinalIgnoreCase);
}
