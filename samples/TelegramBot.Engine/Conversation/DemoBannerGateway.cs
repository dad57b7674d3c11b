using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// In demo mode, puts the demo banner on every message and caption the bot shows, so nobody mistakes the simulator for
/// real generations. Wraps the adapter's gateway; everything else passes through.
/// </summary>
public sealed class DemoBannerGateway : IChatGateway
{
    private readonly IChatGateway _inner;
    private readonly Func<long, BotLanguage> _languageOf;

    /// <summary>Wraps a gateway.</summary>
    /// <param name="inner">The adapter's gateway.</param>
    /// <param name="languageOf">The language of a chat's user (the banner is translated).</param>
    public DemoBannerGateway(IChatGateway inner, Func<long, BotLanguage> languageOf)
    {
        _inner = inner;
        _languageOf = languageOf;
    }

    /// <inheritdoc />
    public Task<MessageRef> SendAsync(long chatId, Screen screen, CancellationToken cancellationToken = default) =>
        _inner.SendAsync(chatId, WithBanner(chatId, screen), cancellationToken);

    /// <inheritdoc />
    public Task EditAsync(MessageRef message, Screen screen, CancellationToken cancellationToken = default) =>
        _inner.EditAsync(message, WithBanner(message.ChatId, screen), cancellationToken);

    /// <inheritdoc />
    public Task AnswerButtonAsync(string callbackId, string? notice = null, CancellationToken cancellationToken = default) =>
        _inner.AnswerButtonAsync(callbackId, notice, cancellationToken);

    /// <inheritdoc />
    public Task<SentMedia> SendMediaAsync(long chatId, IReadOnlyList<OutgoingMedia> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var banner = BotTexts.For(_languageOf(chatId)).DemoBanner;
        var marked = items.Select((item, index) => index == 0 ? item with { Caption = Prefix(banner, item.Caption) } : item).ToArray();
        return _inner.SendMediaAsync(chatId, marked, cancellationToken);
    }

    /// <inheritdoc />
    public Task<MessageRef> SendInvoiceAsync(long chatId, InvoiceScreen invoice, CancellationToken cancellationToken = default) =>
        _inner.SendInvoiceAsync(chatId, invoice, cancellationToken);

    /// <inheritdoc />
    public Task AnswerPreCheckoutAsync(string queryId, string? error, CancellationToken cancellationToken = default) =>
        _inner.AnswerPreCheckoutAsync(queryId, error, cancellationToken);

    /// <inheritdoc />
    public Task RefundStarPaymentAsync(long userId, string chargeId, CancellationToken cancellationToken = default) =>
        _inner.RefundStarPaymentAsync(userId, chargeId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StarPayment>> GetStarPaymentsAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        _inner.GetStarPaymentsAsync(offset, limit, cancellationToken);

    /// <inheritdoc />
    public Task<Stream> OpenUserFileAsync(string fileId, CancellationToken cancellationToken = default) =>
        _inner.OpenUserFileAsync(fileId, cancellationToken);

    private Screen WithBanner(long chatId, Screen screen) =>
        screen with { Text = Prefix(BotTexts.For(_languageOf(chatId)).DemoBanner, screen.Text) };

    private static string Prefix(string banner, string? text) => string.IsNullOrEmpty(text) ? banner : banner + "\n\n" + text;
}
