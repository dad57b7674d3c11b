using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.History;

/// <summary>
/// Re-sends an order's results from history: by the platform's stored file id when every file of an album has one (no
/// upload at all); otherwise — or when the platform no longer knows the id — the archived copy when the archive feature
/// has one, else the result URL.
/// </summary>
internal sealed class ResultResender
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the sender.</summary>
    /// <param name="services">Resolves the archive when it is registered (it may not be).</param>
    public ResultResender(IServiceProvider services)
    {
        _services = services;
    }

    /// <summary>Sends the files to the event's chat, in albums of one media family, the caption on the first.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="caption">The caption of the first message.</param>
    /// <param name="files">The result files.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>A task that completes when sent.</returns>
    public async Task SendAsync(BotContext context, string orderId, string caption, IReadOnlyList<OrderResultFile> files, CancellationToken cancellationToken)
    {
        var first = true;
        foreach (var album in AlbumPlan.Split(files, file => file.Kind))
        {
            var albumCaption = first ? caption : null;
            first = false;
            if (album.All(file => file.FileId is not null))
            {
                try
                {
                    await context.Chat.SendMediaAsync(
                        context.ChatId,
                        album.Select((file, index) => new OutgoingMedia(file.Kind, new MediaSource.Stored(file.FileId!), index == 0 ? albumCaption : null)).ToArray(),
                        cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (ChatGatewayException error) when (error.Failure == ChatFailure.BadRequest)
                {
                    // The platform no longer knows the file id: send a fresh copy below.
                }
            }

            await SendFreshAsync(context, orderId, album, albumCaption, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendFreshAsync(BotContext context, string orderId, IReadOnlyList<OrderResultFile> album, string? caption, CancellationToken cancellationToken)
    {
        var archive = _services.GetService<IArchivedResults>();
        var opened = new List<ArchivedContent>();
        try
        {
            var items = new List<OutgoingMedia>();
            foreach (var file in album)
            {
                var copy = archive is null ? null : await archive.OpenAsync(orderId, file.Index, cancellationToken).ConfigureAwait(false);
                MediaSource source;
                if (copy is not null)
                {
                    opened.Add(copy);
                    source = new MediaSource.Upload(_ => Task.FromResult(copy.Content), copy.FileName);
                }
                else
                {
                    source = new MediaSource.FromUrl(file.Url);
                }

                items.Add(new OutgoingMedia(file.Kind, source, items.Count == 0 ? caption : null));
            }

            await context.Chat.SendMediaAsync(context.ChatId, items, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var copy in opened)
            {
                await copy.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
