using Kie.Samples.TelegramBot.Conversation;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Payments;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// The engine's <see cref="IChatGateway"/> on the real Bot API through Telegram.Bot: plain-text messages with inline
/// keyboards (no parse mode, so user input needs no escaping), edits, callback answers, media, Stars invoices,
/// pre-checkout answers, refunds, the Stars transaction list and downloads of users' files. Telegram.Bot's failures
/// become <see cref="ChatGatewayException"/>s (see <see cref="TelegramErrors"/>); texts are cut to Telegram's limits.
/// </summary>
public sealed partial class TelegramChatGateway : IChatGateway
{
    /// <summary>The largest file the public Bot API lets a bot download.</summary>
    public const long DownloadLimit = 20L * 1024 * 1024;

    private const int StarTransactionsPage = 100;
    private readonly ITelegramBotClient _bot;
    private readonly TelegramMediaSender _media;
    private readonly ILogger<TelegramChatGateway> _logger;

    /// <summary>Creates the gateway.</summary>
    /// <param name="bot">The Bot API client.</param>
    /// <param name="logger">The logger.</param>
    public TelegramChatGateway(ITelegramBotClient bot, ILogger<TelegramChatGateway> logger)
    {
        _bot = bot;
        _media = new TelegramMediaSender(bot);
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<MessageRef> SendAsync(long chatId, Screen screen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var sent = await CallAsync(() => _bot.SendMessage(
            chatId: chatId,
            text: TelegramText.ForMessage(screen.Text),
            replyMarkup: TelegramKeyboard.For(screen),
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new MessageRef(sent.Chat.Id, sent.Id);
    }

    /// <inheritdoc />
    public async Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(screen);
        try
        {
            await _bot.EditMessageText(
                chatId: message.ChatId,
                messageId: message.MessageId,
                text: TelegramText.ForMessage(screen.Text),
                replyMarkup: TelegramKeyboard.For(screen),
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException error) when (TelegramErrors.IsNotModified(error))
        {
            // The message already shows exactly this: the edit's goal is met.
        }
        catch (RequestException error)
        {
            throw TelegramErrors.Translate(error);
        }
    }

    /// <inheritdoc />
    public async Task AnswerButtonAsync(string callbackId, string? notice = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await _bot.AnswerCallbackQuery(
                callbackQueryId: callbackId,
                text: TelegramText.ForCallbackNotice(notice),
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException error) when (TelegramErrors.IsExpiredQuery(error))
        {
            // Telegram stopped waiting for this answer; the client's spinner is already gone. Nothing to repair.
            LogExpiredCallback(callbackId);
        }
        catch (RequestException error)
        {
            throw TelegramErrors.Translate(error);
        }
    }

    /// <inheritdoc />
    public async Task<SentMedia> SendMediaAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _media.SendAsync(chatId, items, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException error)
        {
            throw TelegramErrors.Translate(error);
        }
    }

    /// <inheritdoc />
    public async Task<MessageRef> SendInvoiceAsync(long chatId, InvoiceScreen invoice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var sent = await CallAsync(() => _bot.SendInvoice(
            chatId: chatId,
            title: invoice.Title,
            description: invoice.Description,
            payload: invoice.Payload,
            currency: "XTR",
            prices: [new LabeledPrice(invoice.Title, invoice.Stars)],
            providerToken: "",
            startParameter: invoice.StartParameter,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new MessageRef(sent.Chat.Id, sent.Id);
    }

    /// <inheritdoc />
    public Task AnswerPreCheckoutAsync(string queryId, string? error, CancellationToken cancellationToken = default) =>
        CallAsync(() => _bot.AnswerPreCheckoutQuery(
            preCheckoutQueryId: queryId,
            errorMessage: string.IsNullOrEmpty(error) ? null : error,
            cancellationToken: cancellationToken));

    /// <inheritdoc />
    public async Task RefundStarPaymentAsync(long userId, string chargeId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _bot.RefundStarPayment(userId: userId, telegramPaymentChargeId: chargeId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException error) when (TelegramErrors.IsAlreadyRefunded(error))
        {
            // Idempotent by nature: the Stars are back with the payer either way (Telegram once said this for a
            // refund that had just gone through).
            LogAlreadyRefunded(chargeId);
        }
        catch (RequestException error)
        {
            throw TelegramErrors.Translate(error);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="offset"/> and <paramref name="limit"/> count incoming payments, not Telegram's transactions (which
    /// also hold refunds and withdrawals), so a short page really is the end of the list. Telegram's order is kept.
    /// </remarks>
    public async Task<IReadOnlyList<StarPayment>> GetStarPaymentsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        var payments = new List<StarPayment>(limit);
        var skipped = 0;
        for (var page = 0; payments.Count < limit; page += StarTransactionsPage)
        {
            var transactions = await CallAsync(() => _bot.GetStarTransactions(offset: page, limit: StarTransactionsPage, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var transaction in transactions.Transactions)
            {
                if (ToPayment(transaction) is not { } payment)
                {
                    continue;
                }

                if (skipped < offset)
                {
                    skipped++;
                }
                else if (payments.Count < limit)
                {
                    payments.Add(payment);
                }
            }

            if (transactions.Transactions.Length < StarTransactionsPage)
            {
                break;
            }
        }

        return payments;
    }

    /// <inheritdoc />
    public async Task<Stream> OpenUserFileAsync(string fileId, CancellationToken cancellationToken = default)
    {
        var file = await CallAsync(() => _bot.GetFile(fileId: fileId, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (file.FileSize > DownloadLimit)
        {
            throw new ChatGatewayException(ChatFailure.BadRequest, $"The file is {file.FileSize} bytes; bots may download at most {DownloadLimit} bytes.");
        }

        if (string.IsNullOrEmpty(file.FilePath))
        {
            throw new ChatGatewayException(ChatFailure.BadRequest, "Telegram gave no download path for the file.");
        }

        if (Path.IsPathFullyQualified(file.FilePath) && File.Exists(file.FilePath))
        {
            // A local Bot API server (--local) answers with a path on its own disk instead of a download path.
            return new FileStream(file.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }

        var content = new MemoryStream();
        try
        {
            await _bot.DownloadFile(file.FilePath, content, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException error)
        {
            await content.DisposeAsync().ConfigureAwait(false);
            throw TelegramErrors.Translate(error);
        }

        content.Position = 0;
        return content;
    }

    private static StarPayment? ToPayment(StarTransaction transaction) =>
        transaction.Source is TransactionPartnerUser { User: { } payer } partner
            ? new StarPayment(transaction.Id, payer.Id, transaction.Amount, partner.InvoicePayload, new DateTimeOffset(DateTime.SpecifyKind(transaction.Date, DateTimeKind.Utc)))
            : null;

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestException error)
        {
            throw TelegramErrors.Translate(error);
        }
    }

    private static async Task CallAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (RequestException error)
        {
            throw TelegramErrors.Translate(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Callback {CallbackId} was answered too late; Telegram had given up on it")]
    private partial void LogExpiredCallback(string callbackId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} was already refunded; treated as done")]
    private partial void LogAlreadyRefunded(string chargeId);
}
