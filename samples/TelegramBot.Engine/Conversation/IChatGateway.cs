namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// Everything the engine can do in a chat. The Telegram adapter implements it with Telegram.Bot, the console adapter
/// prints, tests record. Implementations throw <see cref="ChatGatewayException"/> for platform refusals (flood wait,
/// blocked, bad request) and treat "message is not modified" as success.
/// </summary>
public interface IChatGateway
{
    /// <summary>Sends a new message.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="screen">What to show.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sent message.</returns>
    Task<MessageRef> SendAsync(long chatId, Screen screen, CancellationToken cancellationToken = default);

    /// <summary>Replaces the text and buttons of an earlier message; identical content is not an error.</summary>
    /// <param name="message">The message to edit.</param>
    /// <param name="screen">What to show instead.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the platform accepted the edit.</returns>
    Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken = default);

    /// <summary>Answers a button press (stops the client's spinner), optionally with a short notice (≤ 200 characters).</summary>
    /// <param name="callbackId">The press's id.</param>
    /// <param name="notice">A toast to show, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when answered.</returns>
    Task AnswerButtonAsync(string callbackId, string? notice = null, CancellationToken cancellationToken = default);

    /// <summary>Sends one file, or an album (2–10 items of compatible kinds).</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="items">The files, 1–10.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The platform's file ids for re-sending.</returns>
    Task<SentMedia> SendMediaAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken = default);

    /// <summary>Sends a Stars invoice.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="invoice">The invoice.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invoice message.</returns>
    Task<MessageRef> SendInvoiceAsync(long chatId, InvoiceScreen invoice, CancellationToken cancellationToken = default);

    /// <summary>Accepts (<paramref name="error"/> null) or refuses a pre-checkout query; must happen within 10 s.</summary>
    /// <param name="queryId">The query id.</param>
    /// <param name="error">Why it is refused, shown to the payer; null to accept.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when answered.</returns>
    Task AnswerPreCheckoutAsync(string queryId, string? error, CancellationToken cancellationToken = default);

    /// <summary>Refunds a Stars payment in full; "already refunded" counts as success.</summary>
    /// <param name="userId">The payer.</param>
    /// <param name="chargeId">The payment's charge id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when refunded.</returns>
    Task RefundStarPaymentAsync(long userId, string chargeId, CancellationToken cancellationToken = default);

    /// <summary>Lists incoming Stars payments, newest first, for reconciliation.</summary>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">At most this many (1–100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The payments (empty on platforms without Stars).</returns>
    Task<IReadOnlyList<StarPayment>> GetStarPaymentsAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Opens a file a user sent (≤ 20 MB on the public Bot API).</summary>
    /// <param name="fileId">The file id from <see cref="FileReceived"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The content; the caller disposes it.</returns>
    Task<Stream> OpenUserFileAsync(string fileId, CancellationToken cancellationToken = default);
}
