using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>The messages about an order: progress, the delivered result, and the failure notice with its Retry button.</summary>
public sealed class OrderScreens
{
    private readonly LiveCatalog _catalog;
    private readonly PriceCalculator _prices;

    /// <summary>Creates the screens.</summary>
    /// <param name="catalog">The catalog in force (model names).</param>
    /// <param name="prices">The price calculator (money formatting).</param>
    public OrderScreens(LiveCatalog catalog, PriceCalculator prices)
    {
        _catalog = catalog;
        _prices = prices;
    }

    /// <summary>The model's display name (its id when the catalog no longer has it).</summary>
    /// <param name="order">The order.</param>
    /// <returns>The name.</returns>
    public string ModelName(OrderRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return _catalog.Current.TryGetModel(order.ModelId, out var model) ? model.DisplayName : order.ModelId;
    }

    /// <summary>The progress message for a task status (null: not submitted yet).</summary>
    /// <param name="order">The order.</param>
    /// <param name="status">The latest status, or null before the task exists.</param>
    /// <param name="resumed">Whether the bot restarted while the order ran.</param>
    /// <returns>The screen.</returns>
    public Screen Progress(OrderRecord order, KieTaskStatus? status, bool resumed = false)
    {
        ArgumentNullException.ThrowIfNull(order);
        var texts = BotTexts.For(order.Language);
        var line = status?.State switch
        {
            null => resumed ? texts.ProgressResumed : texts.ProgressStarting,
            KieTaskState.Waiting => texts.ProgressWaiting,
            KieTaskState.Queuing => texts.ProgressQueuing,
            KieTaskState.Generating => texts.ProgressGenerating,
            KieTaskState.Success or KieTaskState.Failed => texts.ProgressGenerating,
            _ => texts.ProgressOtherState(status.RawState ?? "?"),
        };
        return new Screen(texts.ProgressTitle(order.Id, ModelName(order)) + "\n" + line);
    }

    /// <summary>The progress message's last state: the result is on its way.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The screen.</returns>
    public Screen ProgressReady(OrderRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new Screen(BotTexts.For(order.Language).ProgressReady(order.Id, ModelName(order)));
    }

    /// <summary>The progress message's last state: the order failed.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The screen.</returns>
    public Screen ProgressFailed(OrderRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new Screen(BotTexts.For(order.Language).ProgressFailed(order.Id, ModelName(order)));
    }

    /// <summary>The notice of a released order: why, that the money is back, the order id, and Retry.</summary>
    /// <param name="order">The order.</param>
    /// <param name="failure">Why it failed.</param>
    /// <returns>The screen.</returns>
    public Screen Released(OrderRecord order, OrderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(order);
        var texts = BotTexts.For(order.Language);
        var price = order.PriceMinorUnits > 0 ? _prices.FormatMinorUnits(order.PriceMinorUnits) : null;
        return new Screen(
            texts.OrderReleased(order.Id, price, failure),
            [[ScreenButton.Callback(texts.ButtonRetryOrder, CallbackData.RetryPrefix + order.Id)]]);
    }

    /// <summary>
    /// The outbox messages that deliver a result: the files (albums of up to ten, the first captioned with the order id),
    /// then a "done" message with buttons for the originals of pictures.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="files">Its result files.</param>
    /// <returns>The messages, in sending order.</returns>
    public IReadOnlyList<(OutboxPurpose Purpose, OutboxPayload Payload)> Delivery(OrderRecord order, IReadOnlyList<OrderResultFile> files)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(files);
        var texts = BotTexts.For(order.Language);
        var caption = texts.ResultCaption(order.Id, ModelName(order));
        var fallback = texts.ResultAsLinks(order.Id);
        var messages = new List<(OutboxPurpose, OutboxPayload)>();
        var first = true;
        foreach (var album in AlbumPlan.Split(files, file => file.Kind))
        {
            var items = album.Select(file => new OutboxFile(file.Index, file.Url, file.Kind, FileName(order.Id, file.Index, file.Url), first && file.Index == album[0].Index ? caption : null)).ToArray();
            first = false;
            messages.Add((OutboxPurpose.Result, new OutboxPayload { Files = items, FallbackText = fallback }));
        }

        var photos = files.Where(file => file.Kind == MediaKind.Photo).ToArray();
        IReadOnlyList<IReadOnlyList<ScreenButton>> buttons = photos.Length == 1
            ? [[ScreenButton.Callback(texts.ButtonOriginal, Original(order.Id, photos[0].Index))]]
            : photos.Chunk(3).Select(row => (IReadOnlyList<ScreenButton>)row.Select(file => ScreenButton.Callback(texts.ButtonOriginalNumber(file.Index + 1), Original(order.Id, file.Index))).ToArray()).ToArray();
        var price = _prices.FormatMinorUnits(order.PriceMinorUnits);
        messages.Add((OutboxPurpose.Notice, OutboxPayload.ForScreen(new Screen(texts.ResultDelivered(order.Id, price, photos.Length > 0), buttons))));
        return messages;
    }

    /// <summary>The outbox message that sends one result's original as a document.</summary>
    /// <param name="order">The order.</param>
    /// <param name="file">The result file.</param>
    /// <returns>The payload.</returns>
    public OutboxPayload Original(OrderRecord order, OrderResultFile file)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(file);
        var texts = BotTexts.For(order.Language);
        return new OutboxPayload
        {
            Files = [new OutboxFile(file.Index, file.Url, MediaKind.Document, FileName(order.Id, file.Index, file.Url), texts.ResultCaption(order.Id, ModelName(order)), file.OriginalFileId)],
            FallbackText = texts.ResultAsLinks(order.Id),
        };
    }

    /// <summary>The callback data of an "original" button.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file index.</param>
    /// <returns>The data (at most 23 bytes).</returns>
    public static string Original(string orderId, int index) => CallbackData.OriginalPrefix + orderId + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name a result is uploaded under: the order id and its number, with the URL's extension.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="index">The file index.</param>
    /// <param name="url">The result URL.</param>
    /// <returns>For example <c>7K2M9QX4TD-1.png</c>.</returns>
    public static string FileName(string orderId, int index, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var extension = Path.GetExtension(url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{orderId}-{index + 1}{(extension.Length is > 1 and <= 6 ? extension : ".bin")}");
    }
}
