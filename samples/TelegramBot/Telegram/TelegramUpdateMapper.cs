using Kie.Samples.TelegramBot.Conversation;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// Turns a Telegram <see cref="Update"/> into the engine's <see cref="BotEvent"/>: texts and commands, button presses,
/// files (largest photo size, video, audio, voice, documents), pre-checkout queries, successful and refunded payments.
/// Everything else (edits, channel posts, stickers, service messages…) maps to null and is ignored. The update id is
/// carried so the engine can ignore a redelivered update.
/// </summary>
public static class TelegramUpdateMapper
{
    /// <summary>The update types the bot asks Telegram for (getUpdates and setWebhook).</summary>
    public static IReadOnlyList<global::Telegram.Bot.Types.Enums.UpdateType> AllowedUpdates { get; } =
    [
        global::Telegram.Bot.Types.Enums.UpdateType.Message,
        global::Telegram.Bot.Types.Enums.UpdateType.CallbackQuery,
        global::Telegram.Bot.Types.Enums.UpdateType.PreCheckoutQuery,
    ];

    /// <summary>Maps an update.</summary>
    /// <param name="update">The update.</param>
    /// <returns>The event, or null when the bot does not handle this kind of update.</returns>
    public static BotEvent? Map(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { From: { } from } message } => FromMessage(update.Id, message, from),
            { CallbackQuery: { Data: { } data } query } => new ButtonPressed
            {
                ChatId = query.Message?.Chat.Id ?? query.From.Id,
                User = UserOf(query.From),
                UpdateId = update.Id,
                CallbackId = query.Id,
                Data = data,
                Message = query.Message is { } message ? new MessageRef(message.Chat.Id, message.Id) : null,
            },
            { PreCheckoutQuery: { } checkout } => new PreCheckoutRequested
            {
                // Stars invoices are paid from the payer's private chat with the bot, whose id is the payer's.
                ChatId = checkout.From.Id,
                User = UserOf(checkout.From),
                UpdateId = update.Id,
                QueryId = checkout.Id,
                Currency = checkout.Currency,
                TotalAmount = checkout.TotalAmount,
                Payload = checkout.InvoicePayload,
            },
            _ => null,
        };
    }

    private static BotEvent? FromMessage(int updateId, Message message, User from)
    {
        var chatId = message.Chat.Id;
        var user = UserOf(from);
        if (message.SuccessfulPayment is { } paid)
        {
            return new PaymentReceived
            {
                ChatId = chatId,
                User = user,
                UpdateId = updateId,
                Currency = paid.Currency,
                TotalAmount = paid.TotalAmount,
                Payload = paid.InvoicePayload,
                ChargeId = paid.TelegramPaymentChargeId,
                ProviderChargeId = string.IsNullOrEmpty(paid.ProviderPaymentChargeId) ? null : paid.ProviderPaymentChargeId,
            };
        }

        if (message.RefundedPayment is { } refunded)
        {
            return new PaymentRefunded
            {
                ChatId = chatId,
                User = user,
                UpdateId = updateId,
                ChargeId = refunded.TelegramPaymentChargeId,
                TotalAmount = refunded.TotalAmount,
            };
        }

        if (message.Text is { } text)
        {
            return new TextReceived { ChatId = chatId, User = user, UpdateId = updateId, Text = text };
        }

        return FileOf(message) is { } file
            ? new FileReceived
            {
                ChatId = chatId,
                User = user,
                UpdateId = updateId,
                Kind = file.Kind,
                FileId = file.FileId,
                FileName = file.FileName,
                MediaType = file.MediaType,
                Size = file.Size,
                Caption = message.Caption,
            }
            : null;
    }

    private static SentFile? FileOf(Message message)
    {
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram lists several sizes of one photo; the largest is the one worth generating from.
            var largest = sizes.MaxBy(size => (long)size.Width * size.Height)!;
            return new SentFile(SentFileKind.Photo, largest.FileId, null, "image/jpeg", largest.FileSize);
        }

        return message switch
        {
            { Video: { } video } => new SentFile(SentFileKind.Video, video.FileId, video.FileName, video.MimeType, video.FileSize),
            { Audio: { } audio } => new SentFile(SentFileKind.Audio, audio.FileId, audio.FileName, audio.MimeType, audio.FileSize),
            { Voice: { } voice } => new SentFile(SentFileKind.Audio, voice.FileId, null, voice.MimeType ?? "audio/ogg", voice.FileSize),
            { Document: { } document } => new SentFile(SentFileKind.Document, document.FileId, document.FileName, document.MimeType, document.FileSize),
            _ => null,
        };
    }

    private static BotUser UserOf(User user) => new(user.Id, user.FirstName, user.Username, user.LanguageCode);

    private sealed record SentFile(SentFileKind Kind, string FileId, string? FileName, string? MediaType, long? Size);
}
