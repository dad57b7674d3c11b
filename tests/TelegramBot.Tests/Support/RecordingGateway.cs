using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.Support;

/// <summary>One call the engine made to the chat platform.</summary>
/// <param name="Method">send, edit, answer, media, invoice, precheckout, refund.</param>
/// <param name="ChatId">The chat (0 when the call has none).</param>
/// <param name="Screen">The screen sent or edited to, if any.</param>
/// <param name="MessageId">The message sent or edited.</param>
/// <param name="Detail">Callback id and notice, pre-checkout error, invoice payload, media kinds and sources.</param>
public sealed record GatewayCall(string Method, long ChatId, Screen? Screen = null, int MessageId = 0, string? Detail = null)
{
    /// <summary>The media items of a media call.</summary>
    public IReadOnlyList<OutgoingMedia> Media { get; init; } = [];

    /// <summary>The invoice of an invoice call.</summary>
    public InvoiceScreen? Invoice { get; init; }
}

/// <summary>
/// A chat platform that records every call, keeps the current content of every message (so tests can press the buttons
/// a user would see), and fails on demand. Thread-safe.
/// </summary>
public sealed class RecordingGateway : IChatGateway
{
    private readonly ConcurrentQueue<GatewayCall> _calls = new();
    private readonly ConcurrentDictionary<(long Chat, int Message), Screen> _messages = new();
    private readonly List<Func<GatewayCall, Exception?>> _failures = [];
    private int _nextMessageId = 100;
    private int _nextFileId;

    /// <summary>Every call, in order.</summary>
    public IReadOnlyList<GatewayCall> Calls => _calls.ToArray();

    /// <summary>Files users "sent", by file id.</summary>
    public ConcurrentDictionary<string, byte[]> UserFiles { get; } = new();

    /// <summary>What <see cref="GetStarPaymentsAsync"/> returns (newest first).</summary>
    public List<StarPayment> StarPayments { get; } = [];

    /// <summary>Charge ids refunded.</summary>
    public ConcurrentQueue<string> Refunds { get; } = new();

    /// <summary>Makes one upcoming call fail: the first call for which <paramref name="failure"/> returns an exception throws it.</summary>
    /// <param name="failure">Picks the call and the exception.</param>
    public void FailWhen(Func<GatewayCall, Exception?> failure)
    {
        lock (_failures)
        {
            _failures.Add(failure);
        }
    }

    /// <summary>The current screen of a message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>Its screen.</returns>
    public Screen ScreenOf(MessageRef message) => _messages[(message.ChatId, message.MessageId)];

    /// <summary>The newest message in a chat that shows a button with this exact callback data, if any.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="data">The callback data.</param>
    /// <returns>The message, or null.</returns>
    public MessageRef? FindMessageWithButton(long chatId, string data) =>
        _messages.Where(pair => pair.Key.Chat == chatId && pair.Value.AllButtons.Any(button => button.Data == data))
            .OrderByDescending(pair => pair.Key.Message)
            .Select(pair => new MessageRef(pair.Key.Chat, pair.Key.Message))
            .FirstOrDefault();

    /// <summary>The newest message in a chat with a button whose label contains <paramref name="label"/>.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="label">Part of the label.</param>
    /// <returns>The message and the button, or null.</returns>
    public (MessageRef Message, ScreenButton Button)? FindButton(long chatId, string label) =>
        _messages.Where(pair => pair.Key.Chat == chatId)
            .OrderByDescending(pair => pair.Key.Message)
            .SelectMany(pair => pair.Value.AllButtons.Where(button => button.Data is not null && button.Label.Contains(label, StringComparison.OrdinalIgnoreCase))
                .Select(button => (Message: new MessageRef(pair.Key.Chat, pair.Key.Message), Button: button)))
            .Select(found => ((MessageRef, ScreenButton)?)found)
            .FirstOrDefault();

    /// <summary>The newest screen in a chat (by message id, edits included).</summary>
    /// <param name="chatId">The chat.</param>
    /// <returns>The screen, or null when nothing was sent.</returns>
    public Screen? LastScreen(long chatId) =>
        _messages.Where(pair => pair.Key.Chat == chatId).OrderByDescending(pair => pair.Key.Message).Select(pair => pair.Value).FirstOrDefault();

    /// <summary>The newest screen in a chat that is not the "how was it?" rating prompt queued after each delivery.</summary>
    /// <param name="chatId">The chat.</param>
    /// <returns>The screen, or null when nothing else was sent.</returns>
    public Screen? LastScreenBeforeRating(long chatId) =>
        _messages.Where(pair => pair.Key.Chat == chatId).OrderByDescending(pair => pair.Key.Message).Select(pair => pair.Value)
            .FirstOrDefault(screen => !screen.AllButtons.Any(button => button.Data?.StartsWith(Kie.Samples.TelegramBot.Feedback.FeedbackCallbacks.RatePrefix, StringComparison.Ordinal) == true));

    /// <summary>All texts sent or edited into a chat, in order.</summary>
    /// <param name="chatId">The chat.</param>
    /// <returns>The texts.</returns>
    public IReadOnlyList<string> TextsIn(long chatId) =>
        Calls.Where(call => call.ChatId == chatId && call.Screen is not null).Select(call => call.Screen!.Text).ToArray();

    /// <summary>The media calls to a chat.</summary>
    /// <param name="chatId">The chat.</param>
    /// <returns>The calls.</returns>
    public IReadOnlyList<GatewayCall> MediaIn(long chatId) => Calls.Where(call => call.ChatId == chatId && call.Method == "media").ToArray();

    /// <inheritdoc />
    public Task<MessageRef> SendAsync(long chatId, Screen screen, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextMessageId);
        Record(new GatewayCall("send", chatId, screen, id));
        _messages[(chatId, id)] = screen;
        return Task.FromResult(new MessageRef(chatId, id));
    }

    /// <inheritdoc />
    public Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(new GatewayCall("edit", message.ChatId, screen, message.MessageId));
        _messages[(message.ChatId, message.MessageId)] = screen;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AnswerButtonAsync(string callbackId, string? notice = null, CancellationToken cancellationToken = default)
    {
        Record(new GatewayCall("answer", 0, Detail: callbackId + "|" + notice));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<SentMedia> SendMediaAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        Record(new GatewayCall("media", chatId, Detail: string.Join(",", items.Select(item => item.Kind + ":" + item.Source.GetType().Name))) { Media = items });
        var ids = new List<string?>();
        var messages = new List<MessageRef>();
        foreach (var item in items)
        {
            if (item.Source is MediaSource.Upload upload)
            {
                await using var stream = await upload.Open(cancellationToken).ConfigureAwait(false);
                await stream.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }

            ids.Add(item.Source is MediaSource.Stored stored ? stored.FileId : "file-" + Interlocked.Increment(ref _nextFileId));
            messages.Add(new MessageRef(chatId, Interlocked.Increment(ref _nextMessageId)));
        }

        return new SentMedia(ids, messages);
    }

    /// <inheritdoc />
    public Task<MessageRef> SendInvoiceAsync(long chatId, InvoiceScreen invoice, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextMessageId);
        Record(new GatewayCall("invoice", chatId, MessageId: id, Detail: invoice?.Payload) { Invoice = invoice });
        return Task.FromResult(new MessageRef(chatId, id));
    }

    /// <inheritdoc />
    public Task AnswerPreCheckoutAsync(string queryId, string? error, CancellationToken cancellationToken = default)
    {
        Record(new GatewayCall("precheckout", 0, Detail: queryId + "|" + error));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RefundStarPaymentAsync(long userId, string chargeId, CancellationToken cancellationToken = default)
    {
        Record(new GatewayCall("refund", userId, Detail: chargeId));
        Refunds.Enqueue(chargeId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StarPayment>> GetStarPaymentsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        Record(new GatewayCall("stars", 0, Detail: offset + "|" + limit));
        lock (StarPayments)
        {
            return Task.FromResult<IReadOnlyList<StarPayment>>(StarPayments.Skip(offset).Take(limit).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<Stream> OpenUserFileAsync(string fileId, CancellationToken cancellationToken = default) =>
        UserFiles.TryGetValue(fileId, out var bytes)
            ? Task.FromResult<Stream>(new MemoryStream(bytes, writable: false))
            : throw new ChatGatewayException(ChatFailure.BadRequest, "Bad Request: file not found");

    private void Record(GatewayCall call)
    {
        lock (_failures)
        {
            for (var index = 0; index < _failures.Count; index++)
            {
                if (_failures[index](call) is { } error)
                {
                    _failures.RemoveAt(index);
                    throw error;
                }
            }
        }

        _calls.Enqueue(call);
    }
}
