using System.Collections.Concurrent;
using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// The chat platform of console mode: messages are printed with their id, edits are printed again as
/// "(edited #12)", buttons get numbers the user types, files are shown by kind and URL or saved path, and invoices get a
/// "Pay (demo)" button (see <see cref="ConsoleCheckout"/>). There are no Stars here: the payment list is always empty.
/// </summary>
internal sealed class ConsoleChatGateway : IChatGateway
{
    private readonly ConsoleOutput _output;
    private readonly ConsoleKeyboard _keyboard;
    private readonly ConsoleFiles _files;
    private readonly ConcurrentDictionary<string, string?> _checkoutAnswers = new();
    private int _nextMessageId;

    /// <summary>Creates the gateway.</summary>
    /// <param name="output">Where messages are printed.</param>
    /// <param name="keyboard">The numbers of the buttons on screen.</param>
    /// <param name="files">Saves uploads and opens the user's files.</param>
    public ConsoleChatGateway(ConsoleOutput output, ConsoleKeyboard keyboard, ConsoleFiles files)
    {
        _output = output;
        _keyboard = keyboard;
        _files = files;
    }

    /// <inheritdoc />
    public Task<MessageRef> SendAsync(long chatId, Screen screen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var message = NewMessage(chatId);
        Print(message, edited: false, screen);
        return Task.FromResult(message);
    }

    /// <inheritdoc />
    public Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(screen);
        Print(message, edited: true, screen);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AnswerButtonAsync(string callbackId, string? notice = null, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(notice))
        {
            _output.Write(ConsoleRenderer.Notice(notice));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<SentMedia> SendMediaAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var fileIds = new List<string?>(items.Count);
        var messages = new List<MessageRef>(items.Count);
        foreach (var item in items)
        {
            // The location doubles as the file id, so a later "send again" (MediaSource.Stored) prints the same place.
            var location = item.Source switch
            {
                MediaSource.FromUrl url => url.Url.ToString(),
                MediaSource.Upload upload => await SaveAsync(upload, cancellationToken).ConfigureAwait(false),
                MediaSource.Stored stored => stored.FileId,
                _ => throw new ChatGatewayException(ChatFailure.BadRequest, "Unknown media source " + item.Source.GetType().Name),
            };
            var message = NewMessage(chatId);
            _output.Write(ConsoleRenderer.Media(message, item.Kind, location, item.Caption));
            fileIds.Add(location);
            messages.Add(message);
        }

        return new SentMedia(fileIds, messages);
    }

    /// <inheritdoc />
    public Task<MessageRef> SendInvoiceAsync(long chatId, InvoiceScreen invoice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var message = NewMessage(chatId);
        lock (_output.Sync)
        {
            var pay = _keyboard.NumberInvoice(message, invoice);
            _output.Write(ConsoleRenderer.Invoice(message, invoice, pay));
        }

        return Task.FromResult(message);
    }

    /// <inheritdoc />
    public Task AnswerPreCheckoutAsync(string queryId, string? error, CancellationToken cancellationToken = default)
    {
        _checkoutAnswers[queryId] = error;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RefundStarPaymentAsync(long userId, string chargeId, CancellationToken cancellationToken = default)
    {
        _output.Write(ConsoleRenderer.Notice(string.Create(CultureInfo.InvariantCulture, $"(demo) Payment {chargeId} refunded to user {userId}.")));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StarPayment>> GetStarPaymentsAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StarPayment>>([]);

    /// <inheritdoc />
    public Task<Stream> OpenUserFileAsync(string fileId, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(ConsoleFiles.Open(fileId));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ChatGatewayException(ChatFailure.BadRequest, "The file cannot be read: " + error.Message, innerException: error);
        }
    }

    /// <summary>
    /// Takes the answer the engine gave to a pre-checkout query: true and a null reason when accepted; false with the
    /// reason when refused (or when the engine never answered, as Telegram would time out).
    /// </summary>
    /// <param name="queryId">The query id.</param>
    /// <param name="reason">Why it was refused, when it was.</param>
    /// <returns>Whether the checkout was accepted.</returns>
    public bool TakeCheckoutAnswer(string queryId, out string? reason)
    {
        if (!_checkoutAnswers.TryRemove(queryId, out reason))
        {
            reason = "the bot did not answer the checkout";
            return false;
        }

        return reason is null;
    }

    private MessageRef NewMessage(long chatId) => new(chatId, Interlocked.Increment(ref _nextMessageId));

    private void Print(MessageRef message, bool edited, Screen screen)
    {
        // Numbering and printing happen under one lock so numbers appear on screen in the order they were given.
        lock (_output.Sync)
        {
            var rows = _keyboard.Number(message, screen.Buttons);
            _output.Write(ConsoleRenderer.Message(message, edited, screen.Text, rows));
        }
    }

    private async Task<string> SaveAsync(MediaSource.Upload upload, CancellationToken cancellationToken)
    {
        var content = await upload.Open(cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            return await _files.SaveAsync(content, upload.FileName, cancellationToken).ConfigureAwait(false);
        }
    }
}
