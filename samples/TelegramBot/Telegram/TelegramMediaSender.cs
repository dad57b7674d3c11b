using Kie.Samples.TelegramBot.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// Sends result files: one item with sendPhoto/sendVideo/sendAudio/sendDocument, several as albums with sendMediaGroup.
/// Telegram groups photos with videos, audio only with audio and documents only with documents, 2–10 per album, so the
/// items are split into such groups (a group of one goes alone). The file ids come back in the caller's order.
/// </summary>
internal sealed class TelegramMediaSender
{
    private const int AlbumLimit = 10;
    private readonly ITelegramBotClient _bot;

    /// <summary>Creates the sender.</summary>
    /// <param name="bot">The Bot API client.</param>
    public TelegramMediaSender(ITelegramBotClient bot) => _bot = bot;

    /// <summary>Sends the items.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="items">1–10 files.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>The file ids and messages, one per item in the order given.</returns>
    public async Task<SentMedia> SendAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Nothing to send.", nameof(items));
        }

        var fileIds = new string?[items.Count];
        var messages = new MessageRef[items.Count];
        foreach (var group in Groups(items))
        {
            var sent = group.Length == 1
                ? [await SendOneAsync(chatId, items[group[0]], cancellationToken).ConfigureAwait(false)]
                : await SendAlbumAsync(chatId, group.Select(index => items[index]).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var position = 0; position < group.Length; position++)
            {
                // Telegram returns one message per album item, in order; guard anyway rather than misattribute ids.
                var message = position < sent.Length ? sent[position] : sent[^1];
                fileIds[group[position]] = FileIdOf(message);
                messages[group[position]] = new MessageRef(message.Chat.Id, message.Id);
            }
        }

        return new SentMedia(fileIds, messages);
    }

    /// <summary>Splits item indexes into sendable groups: albums of compatible kinds (2–10 items) or single items, first item first.</summary>
    /// <param name="items">The items.</param>
    /// <returns>Groups of indexes.</returns>
    internal static IReadOnlyList<int[]> Groups(IReadOnlyList<OutgoingMedia> items) =>
        Enumerable.Range(0, items.Count)
            .GroupBy(index => AlbumFamily(items[index].Kind))
            .SelectMany(family => family.Chunk(AlbumLimit))
            .OrderBy(group => group[0])
            .ToArray();

    private static int AlbumFamily(MediaKind kind) => kind switch
    {
        MediaKind.Photo or MediaKind.Video => 0,
        MediaKind.Audio => 1,
        _ => 2,
    };

    private async Task<Message> SendOneAsync(long chatId, OutgoingMedia item, CancellationToken cancellationToken)
    {
        await using var file = await OpenAsync(item.Source, fallbackName: null, cancellationToken).ConfigureAwait(false);
        var caption = TelegramText.ForCaption(item.Caption);
        return item.Kind switch
        {
            MediaKind.Photo => await _bot.SendPhoto(chatId: chatId, photo: file.Input, caption: caption, cancellationToken: cancellationToken).ConfigureAwait(false),
            MediaKind.Video => await _bot.SendVideo(chatId: chatId, video: file.Input, caption: caption, supportsStreaming: true, cancellationToken: cancellationToken).ConfigureAwait(false),
            MediaKind.Audio => await _bot.SendAudio(chatId: chatId, audio: file.Input, caption: caption, cancellationToken: cancellationToken).ConfigureAwait(false),
            _ => await _bot.SendDocument(chatId: chatId, document: file.Input, caption: caption, cancellationToken: cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<Message[]> SendAlbumAsync(long chatId, OutgoingMedia[] items, CancellationToken cancellationToken)
    {
        var files = new List<OpenedFile>(items.Length);
        try
        {
            var media = new List<IAlbumInputMedia>(items.Length);
            for (var index = 0; index < items.Length; index++)
            {
                // Each upload needs its own part name in the multipart body: the same file name twice would clash.
                var file = await OpenAsync(items[index].Source, fallbackName: $"{index}", cancellationToken).ConfigureAwait(false);
                files.Add(file);
                media.Add(AlbumItem(items[index], file.Input));
            }

            return await _bot.SendMediaGroup(chatId: chatId, media: media, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var file in files)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static IAlbumInputMedia AlbumItem(OutgoingMedia item, InputFile file)
    {
        var caption = TelegramText.ForCaption(item.Caption);
        return item.Kind switch
        {
            MediaKind.Photo => new InputMediaPhoto(file) { Caption = caption },
            MediaKind.Video => new InputMediaVideo(file) { Caption = caption, SupportsStreaming = true },
            MediaKind.Audio => new InputMediaAudio(file) { Caption = caption },
            _ => new InputMediaDocument(file) { Caption = caption },
        };
    }

    private static async Task<OpenedFile> OpenAsync(MediaSource source, string? fallbackName, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case MediaSource.FromUrl url:
                return new OpenedFile(InputFile.FromUri(url.Url), null);
            case MediaSource.Stored stored:
                return new OpenedFile(InputFile.FromFileId(stored.FileId), null);
            case MediaSource.Upload upload:
                var stream = await upload.Open(cancellationToken).ConfigureAwait(false);
                var name = fallbackName is null ? upload.FileName : $"{fallbackName}-{upload.FileName}";
                return new OpenedFile(InputFile.FromStream(stream, name), stream);
            default:
                throw new ArgumentException($"Unknown media source {source.GetType().Name}.", nameof(source));
        }
    }

    private static string? FileIdOf(Message message) =>
        message.Photo is { Length: > 0 } sizes ? sizes.MaxBy(size => (long)size.Width * size.Height)!.FileId
        : message.Video?.FileId
        ?? message.Audio?.FileId
        ?? message.Animation?.FileId
        ?? message.Document?.FileId
        ?? message.Voice?.FileId;

    /// <summary>An input file and the stream behind it, disposed once Telegram has the bytes.</summary>
    private sealed record OpenedFile(InputFile Input, Stream? Stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
