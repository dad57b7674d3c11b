using System.Runtime.CompilerServices;
using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Sdk;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// Sends result files by Telegram's rules: a stored file id when there is one; else the URL, for the platform to fetch
/// (cheapest; 5 MB photos, 20 MB others); if that is refused, the bytes, downloaded through KIE and uploaded as their own
/// kind (10 MB photos, 50 MB others), or as a document, or finally a link. Flood waits, blocks and transient failures
/// are the caller's (the outbox retries); only "bad request" is handled here, by taking the next route. Originals come
/// from the bot's archive when it has a copy, else through KIE; one too large to upload is sent as a fresh KIE download
/// link rather than the provider's URL, which may have expired.
/// </summary>
public sealed partial class ResultSender
{
    private readonly IChatGateway _chat;
    private readonly IKieClient _kie;
    private readonly DeliveryOptions _options;
    private readonly ILogger<ResultSender> _logger;
    private readonly IArchivedResults? _archive;

    /// <summary>Creates the sender.</summary>
    /// <param name="chat">The chat gateway.</param>
    /// <param name="kie">The KIE client (downloads).</param>
    /// <param name="options">The bot's options (delivery limits).</param>
    /// <param name="logger">The logger.</param>
    /// <param name="archive">The bot's copies of result files (originals are sent from there when present), if any.</param>
    public ResultSender(IChatGateway chat, IKieClient kie, BotOptions options, ILogger<ResultSender> logger, IArchivedResults? archive = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _chat = chat;
        _kie = kie;
        _options = options.Delivery;
        _logger = logger;
        _archive = archive;
    }

    /// <summary>Sends one outbox message's files (an album when several) and returns the platform's file ids by file index.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="payload">The message (its files, and the text that goes with links).</param>
    /// <param name="urlRefused">The platform refused these URLs before: go straight to uploading.</param>
    /// <param name="onUrlRefused">Called when the platform refuses the URLs now (so a later attempt skips them).</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>File ids by file index (files sent as links have none).</returns>
    /// <exception cref="ChatGatewayException">A flood wait, a block, a transient failure, or a refusal of the last route.</exception>
    public async Task<IReadOnlyDictionary<int, string>> SendAsync(long chatId, OutboxPayload payload, bool urlRefused, Func<CancellationToken, Task> onUrlRefused, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(onUrlRefused);
        var files = payload.Files ?? [];
        if (files.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        if (files.All(file => file.FileId is not null))
        {
            try
            {
                return await SendGroupAsync(chatId, files, file => new OutgoingMedia(file.Kind, new MediaSource.Stored(file.FileId!), file.Caption), cancellationToken).ConfigureAwait(false);
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                LogRouteRefused(chatId, "file id", error.Message);
            }
        }

        if (!urlRefused && files.All(file => DeliveryRoutes.ByUrl(file.Kind, file.Size, _options)))
        {
            try
            {
                return await SendGroupAsync(chatId, files, file => new OutgoingMedia(file.Kind, new MediaSource.FromUrl(file.Url), file.Caption), cancellationToken).ConfigureAwait(false);
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                LogRouteRefused(chatId, "URL", error.Message);
                await onUrlRefused(cancellationToken).ConfigureAwait(false);
            }
        }

        return await UploadAsync(chatId, files, payload.FallbackText, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one result as a document (the "original" button): its stored id, else uploaded, else a link.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="file">The file (its <see cref="OutboxFile.FileId"/> is an earlier document's id, if any).</param>
    /// <param name="fallbackText">The text that goes with a link.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>The document's file id, or null when a link was sent.</returns>
    public Task<string?> SendOriginalAsync(long chatId, OutboxFile file, string? fallbackText, CancellationToken cancellationToken = default) =>
        SendOriginalAsync(chatId, null, file, fallbackText, cancellationToken);

    /// <summary>
    /// Sends one result as a document (the "original" button): its stored id; else the archived copy, uploaded; else the
    /// file fetched through KIE, uploaded; and when it is too large to upload (or refused), a fresh KIE download link.
    /// </summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="orderId">The order (to find the archived copy), if known.</param>
    /// <param name="file">The file (its <see cref="OutboxFile.FileId"/> is an earlier document's id, if any).</param>
    /// <param name="fallbackText">The text that goes with a link.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>The document's file id, or null when a link was sent.</returns>
    public async Task<string?> SendOriginalAsync(long chatId, string? orderId, OutboxFile file, string? fallbackText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.FileId is { } stored)
        {
            try
            {
                var sent = await _chat.SendMediaAsync(chatId, [new OutgoingMedia(MediaKind.Document, new MediaSource.Stored(stored), file.Caption)], cancellationToken).ConfigureAwait(false);
                return sent.FileIds.Count > 0 ? sent.FileIds[0] : stored;
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                LogRouteRefused(chatId, "file id", error.Message);
            }
        }

        if (orderId is not null && await OpenArchivedAsync(orderId, file.Index, cancellationToken).ConfigureAwait(false) is { } archived)
        {
            return await SendArchivedOriginalAsync(chatId, orderId, file, archived, fallbackText, cancellationToken).ConfigureAwait(false);
        }

        // Telegram fetches documents by URL only for GIF, PDF and ZIP files: originals are always uploaded.
        await using var folder = new DownloadFolder(_options.TempDirectory);
        var data = await folder.FetchAsync(_kie, file.Url, _options.FileUploadMaxBytes, cancellationToken).ConfigureAwait(false);
        if (data is not null)
        {
            try
            {
                return await SendDocumentAsync(chatId, file, DownloadFolder.Source(data, file.FileName), cancellationToken).ConfigureAwait(false);
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                LogRouteRefused(chatId, "document", error.Message);
            }
        }

        await SendFreshLinkAsync(chatId, file, fallbackText, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<ArchivedContent?> OpenArchivedAsync(string orderId, int index, CancellationToken cancellationToken)
    {
        if (_archive is null)
        {
            return null;
        }

        try
        {
            return await _archive.OpenAsync(orderId, index, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The archive's storage is down: KIE still has the file, so the user need not wait for it.
            LogArchiveUnavailable(error, orderId, index);
            return null;
        }
    }

    private async Task<string?> SendArchivedOriginalAsync(long chatId, string orderId, OutboxFile file, ArchivedContent archived, string? fallbackText, CancellationToken cancellationToken)
    {
        // The copy opened to look at it is the first upload attempt's stream; a retry opens the archive again.
        var first = new StrongBox<ArchivedContent?>(archived);
        try
        {
            if (archived.Length is not { } length || length <= _options.FileUploadMaxBytes)
            {
                var archive = _archive!;
                var source = new MediaSource.Upload(
                    async token => Interlocked.Exchange(ref first.Value, null)?.Content
                        ?? (await archive.OpenAsync(orderId, file.Index, token).ConfigureAwait(false))?.Content
                        ?? throw new FileNotFoundException("The archived copy disappeared."),
                    file.FileName);
                try
                {
                    return await SendDocumentAsync(chatId, file, source, cancellationToken).ConfigureAwait(false);
                }
                catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
                {
                    LogRouteRefused(chatId, "archived document", error.Message);
                }
            }
        }
        finally
        {
            if (Interlocked.Exchange(ref first.Value, null) is { } unused)
            {
                await unused.DisposeAsync().ConfigureAwait(false);
            }
        }

        await SendFreshLinkAsync(chatId, file, fallbackText, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<string?> SendDocumentAsync(long chatId, OutboxFile file, MediaSource.Upload source, CancellationToken cancellationToken)
    {
        var sent = await _chat.SendMediaAsync(chatId, [new OutgoingMedia(MediaKind.Document, source, file.Caption)], cancellationToken).ConfigureAwait(false);
        return sent.FileIds.Count > 0 ? sent.FileIds[0] : null;
    }

    /// <summary>A link for a file too large for the chat: a fresh, signed KIE download link, not the provider's old URL.</summary>
    private async Task SendFreshLinkAsync(long chatId, OutboxFile file, string? fallbackText, CancellationToken cancellationToken)
    {
        Uri link;
        try
        {
            link = await _kie.GetDownloadUrlAsync(file.Url, cancellationToken).ConfigureAwait(false);
        }
        catch (KieValidationException)
        {
            // Not a KIE-hosted file: its own URL is the only link there is.
            link = file.Url;
        }

        var text = (fallbackText ?? string.Empty) + "\n" + link.AbsoluteUri;
        await _chat.SendAsync(chatId, new Screen(text.Trim()), cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyDictionary<int, string>> UploadAsync(long chatId, IReadOnlyList<OutboxFile> files, string? fallbackText, CancellationToken cancellationToken)
    {
        await using var folder = new DownloadFolder(_options.TempDirectory);
        var own = new List<(OutboxFile File, DownloadedFile Data)>();
        var documents = new List<(OutboxFile File, DownloadedFile Data)>();
        var links = new List<OutboxFile>();
        foreach (var file in files)
        {
            var data = await folder.FetchAsync(_kie, file.Url, _options.FileUploadMaxBytes, cancellationToken).ConfigureAwait(false);
            switch (DeliveryRoutes.AfterDownload(file.Kind, data?.Length, _options))
            {
                case DeliveryRoute.Upload when file.Kind != MediaKind.Document:
                    own.Add((file, data!));
                    break;
                case DeliveryRoute.Upload or DeliveryRoute.Document:
                    documents.Add((file, data!));
                    break;
                default:
                    links.Add(file);
                    break;
            }
        }

        var ids = new Dictionary<int, string>();
        if (own.Count > 0)
        {
            try
            {
                Merge(ids, await SendGroupAsync(chatId, own, item => new OutgoingMedia(item.File.Kind, DownloadFolder.Source(item.Data, item.File.FileName), item.File.Caption), item => item.File.Index, cancellationToken).ConfigureAwait(false));
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                LogRouteRefused(chatId, "upload", error.Message);
                documents.InsertRange(0, own);
            }
        }

        if (documents.Count > 0)
        {
            try
            {
                Merge(ids, await SendGroupAsync(chatId, documents, item => new OutgoingMedia(MediaKind.Document, DownloadFolder.Source(item.Data, item.File.FileName), item.File.Caption), item => item.File.Index, cancellationToken).ConfigureAwait(false));
            }
            catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
            {
                LogRouteRefused(chatId, "document", error.Message);
                links.InsertRange(0, documents.Select(item => item.File));
            }
        }

        if (links.Count > 0)
        {
            var text = (fallbackText ?? string.Empty) + "\n" + string.Join("\n", links.OrderBy(file => file.Index).Select(file => file.Url.AbsoluteUri));
            await _chat.SendAsync(chatId, new Screen(text.Trim()), cancellationToken).ConfigureAwait(false);
        }

        return ids;
    }

    private Task<IReadOnlyDictionary<int, string>> SendGroupAsync(long chatId, IReadOnlyList<OutboxFile> files, Func<OutboxFile, OutgoingMedia> media, CancellationToken cancellationToken) =>
        SendGroupAsync(chatId, files, media, file => file.Index, cancellationToken);

    private async Task<IReadOnlyDictionary<int, string>> SendGroupAsync<T>(long chatId, IReadOnlyList<T> items, Func<T, OutgoingMedia> media, Func<T, int> indexOf, CancellationToken cancellationToken)
    {
        var sent = await _chat.SendMediaAsync(chatId, items.Select(media).ToArray(), cancellationToken).ConfigureAwait(false);
        var ids = new Dictionary<int, string>();
        for (var i = 0; i < items.Count && i < sent.FileIds.Count; i++)
        {
            if (sent.FileIds[i] is { } id)
            {
                ids[indexOf(items[i])] = id;
            }
        }

        return ids;
    }

    private static void Merge(Dictionary<int, string> into, IReadOnlyDictionary<int, string> from)
    {
        foreach (var (index, id) in from)
        {
            into[index] = id;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The archived copy of result {Index} of order {OrderId} could not be opened; fetching it through KIE")]
    private partial void LogArchiveUnavailable(Exception error, string orderId, int index);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} refused a result sent by {Route} ({Reason}); trying the next route")]
    private partial void LogRouteRefused(long chatId, string route, string reason);
}
