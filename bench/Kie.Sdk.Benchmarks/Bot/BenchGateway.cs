using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Sdk.Benchmarks.Bot;

/// <summary>
/// A chat platform that does nothing but remember each chat's newest screen (so the bench can press what a user would
/// see) and accept every checkout. No I/O: the figures measure the engine, the store and the features.
/// </summary>
internal sealed class BenchGateway : IChatGateway
{
    private readonly ConcurrentDictionary<long, (MessageRef Message, Screen Screen)> _latest = new();
    private int _nextMessageId;
    private long _calls;

    /// <summary>How many calls the engine made.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>The newest screen shown in a chat (sent or edited), with its message.</summary>
    public (MessageRef Message, Screen Screen)? Latest(long chatId) => _latest.TryGetValue(chatId, out var latest) ? latest : null;

    public Task<MessageRef> SendAsync(long chatId, Screen screen, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var message = new MessageRef(chatId, Interlocked.Increment(ref _nextMessageId));
        if (screen.Buttons.Count > 0)
        {
            _latest[chatId] = (message, screen);
        }

        return Task.FromResult(message);
    }

    public Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (screen.Buttons.Count > 0)
        {
            _latest[message.ChatId] = (message, screen);
        }

        return Task.CompletedTask;
    }

    public Task AnswerButtonAsync(string callbackId, string? notice = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.CompletedTask;
    }

    public async Task<SentMedia> SendMediaAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var ids = new List<string?>(items.Count);
        var messages = new List<MessageRef>(items.Count);
        foreach (var item in items)
        {
            if (item.Source is MediaSource.Upload upload)
            {
                // Read the content as Telegram would, so an upload path costs what it costs.
                await using var stream = await upload.Open(cancellationToken).ConfigureAwait(false);
                await stream.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }

            ids.Add("file-" + Guid.NewGuid().ToString("N"));
            messages.Add(new MessageRef(chatId, Interlocked.Increment(ref _nextMessageId)));
        }

        return new SentMedia(ids, messages);
    }

    public Task<MessageRef> SendInvoiceAsync(long chatId, InvoiceScreen invoice, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(new MessageRef(chatId, Interlocked.Increment(ref _nextMessageId)));
    }

    public Task AnswerPreCheckoutAsync(string queryId, string? error, CancellationToken cancellationToken = default) => Count();

    public Task RefundStarPaymentAsync(long userId, string chargeId, CancellationToken cancellationToken = default) => Count();

    public Task<IReadOnlyList<StarPayment>> GetStarPaymentsAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StarPayment>>([]);

    public Task<Stream> OpenUserFileAsync(string fileId, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream>(new MemoryStream([1, 2, 3]));

    private Task Count()
    {
        Interlocked.Increment(ref _calls);
        return Task.CompletedTask;
    }
}
