using System.Text.Json.Nodes;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Bot API update JSON as Telegram sends it (snake_case, Unix dates), for getUpdates and webhook posts.</summary>
internal static class FakeUpdates
{
    private const long Date = 1_900_000_000;

    /// <summary>A user's text message (or command) in their private chat.</summary>
    public static JsonObject Text(int updateId, long userId, string text, string language = "en") =>
        MessageUpdate(updateId, userId, language, message => message["text"] = text);

    /// <summary>A button press on a message the bot sent.</summary>
    public static JsonObject Callback(int updateId, long userId, string data, long messageId, string language = "en") => new()
    {
        ["update_id"] = updateId,
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cbq-{updateId}",
            ["from"] = User(userId, language),
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Fake bot" },
                ["chat"] = Chat(userId),
                ["date"] = Date,
                ["text"] = "(the bot's message)",
            },
            ["chat_instance"] = "ci-" + userId,
            ["data"] = data,
        },
    };

    /// <summary>Telegram asks whether a Stars checkout may proceed.</summary>
    public static JsonObject PreCheckout(int updateId, long userId, string payload, long stars, string currency = "XTR") => new()
    {
        ["update_id"] = updateId,
        ["pre_checkout_query"] = new JsonObject
        {
            ["id"] = $"pcq-{updateId}",
            ["from"] = User(userId, "en"),
            ["currency"] = currency,
            ["total_amount"] = stars,
            ["invoice_payload"] = payload,
        },
    };

    /// <summary>A successful Stars payment (service message in the payer's chat).</summary>
    public static JsonObject SuccessfulPayment(int updateId, long userId, string payload, long stars, string chargeId) =>
        MessageUpdate(updateId, userId, "en", message => message["successful_payment"] = new JsonObject
        {
            ["currency"] = "XTR",
            ["total_amount"] = stars,
            ["invoice_payload"] = payload,
            ["telegram_payment_charge_id"] = chargeId,
            ["provider_payment_charge_id"] = "",
        });

    /// <summary>A refunded Stars payment (service message).</summary>
    public static JsonObject RefundedPayment(int updateId, long userId, string payload, long stars, string chargeId) =>
        MessageUpdate(updateId, userId, "en", message => message["refunded_payment"] = new JsonObject
        {
            ["currency"] = "XTR",
            ["total_amount"] = stars,
            ["invoice_payload"] = payload,
            ["telegram_payment_charge_id"] = chargeId,
        });

    /// <summary>A photo in three sizes (smallest first, like Telegram), with a caption.</summary>
    public static JsonObject Photo(int updateId, long userId, string largestFileId, string? caption = null) =>
        MessageUpdate(updateId, userId, "en", message =>
        {
            message["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = "thumb-" + largestFileId, ["file_unique_id"] = "t", ["width"] = 90, ["height"] = 60, ["file_size"] = 1_200 },
                new JsonObject { ["file_id"] = largestFileId, ["file_unique_id"] = "l", ["width"] = 1280, ["height"] = 853, ["file_size"] = 120_000 },
                new JsonObject { ["file_id"] = "mid-" + largestFileId, ["file_unique_id"] = "m", ["width"] = 320, ["height"] = 213, ["file_size"] = 15_000 });
            if (caption is not null)
            {
                message["caption"] = caption;
            }
        });

    /// <summary>A file sent as a document.</summary>
    public static JsonObject Document(int updateId, long userId, string fileId, string fileName, string mimeType, long size) =>
        MessageUpdate(updateId, userId, "en", message => message["document"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "d", ["file_name"] = fileName, ["mime_type"] = mimeType, ["file_size"] = size,
        });

    /// <summary>A voice message.</summary>
    public static JsonObject Voice(int updateId, long userId, string fileId) =>
        MessageUpdate(updateId, userId, "en", message => message["voice"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "v", ["duration"] = 3, ["mime_type"] = "audio/ogg", ["file_size"] = 4_000,
        });

    /// <summary>A video.</summary>
    public static JsonObject Video(int updateId, long userId, string fileId) =>
        MessageUpdate(updateId, userId, "en", message => message["video"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "vi", ["width"] = 640, ["height"] = 360, ["duration"] = 4, ["file_name"] = "clip.mp4", ["mime_type"] = "video/mp4", ["file_size"] = 300_000,
        });

    /// <summary>An audio track.</summary>
    public static JsonObject Audio(int updateId, long userId, string fileId) =>
        MessageUpdate(updateId, userId, "en", message => message["audio"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "a", ["duration"] = 30, ["file_name"] = "song.mp3", ["mime_type"] = "audio/mpeg", ["file_size"] = 500_000,
        });

    /// <summary>An edited message (the bot does not handle edits).</summary>
    public static JsonObject EditedText(int updateId, long userId, string text) => new()
    {
        ["update_id"] = updateId,
        ["edited_message"] = new JsonObject { ["message_id"] = updateId, ["from"] = User(userId, "en"), ["chat"] = Chat(userId), ["date"] = Date, ["edit_date"] = Date + 5, ["text"] = text },
    };

    /// <summary>A sticker (no text, no file the bot accepts).</summary>
    public static JsonObject Sticker(int updateId, long userId) =>
        MessageUpdate(updateId, userId, "en", message => message["sticker"] = new JsonObject
        {
            ["file_id"] = "sticker", ["file_unique_id"] = "s", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false,
        });

    /// <summary>An incoming Stars payment as getStarTransactions lists it.</summary>
    public static JsonObject IncomingStars(string chargeId, long userId, long stars, string? payload) => new()
    {
        ["id"] = chargeId,
        ["amount"] = stars,
        ["date"] = Date,
        ["source"] = new JsonObject
        {
            ["type"] = "user",
            ["transaction_type"] = "invoice_payment",
            ["user"] = User(userId, "en"),
            ["invoice_payload"] = payload,
        },
    };

    /// <summary>An outgoing refund as getStarTransactions lists it (not a payment).</summary>
    public static JsonObject OutgoingRefund(string chargeId, long userId, long stars) => new()
    {
        ["id"] = chargeId,
        ["amount"] = stars,
        ["date"] = Date,
        ["receiver"] = new JsonObject { ["type"] = "user", ["transaction_type"] = "invoice_payment", ["user"] = User(userId, "en") },
    };

    /// <summary>The Telegram user JSON.</summary>
    public static JsonObject User(long userId, string language) => new()
    {
        ["id"] = userId,
        ["is_bot"] = false,
        ["first_name"] = "User" + userId,
        ["username"] = "user" + userId,
        ["language_code"] = language,
    };

    private static JsonObject Chat(long userId) => new() { ["id"] = userId, ["type"] = "private", ["first_name"] = "User" + userId };

    private static JsonObject MessageUpdate(int updateId, long userId, string language, Action<JsonObject> fill)
    {
        var message = new JsonObject { ["message_id"] = 10_000 + updateId, ["from"] = User(userId, language), ["chat"] = Chat(userId), ["date"] = Date };
        fill(message);
        return new JsonObject { ["update_id"] = updateId, ["message"] = message };
    }
}
