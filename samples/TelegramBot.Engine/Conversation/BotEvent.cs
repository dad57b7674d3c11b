namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>The person behind an event, as the chat platform reports them.</summary>
/// <param name="Id">The platform's user id (Telegram user id).</param>
/// <param name="FirstName">The display name, when known.</param>
/// <param name="Username">The @username without the @, when set.</param>
/// <param name="LanguageCode">The IETF language tag the client reports (for example <c>ru</c>), when known.</param>
public sealed record BotUser(long Id, string? FirstName = null, string? Username = null, string? LanguageCode = null);

/// <summary>
/// Something a user did, in platform-neutral terms: the engine's only input. Adapters (Telegram, console, tests) turn
/// their updates into these.
/// </summary>
public abstract record BotEvent
{
    /// <summary>The chat the event came from (for a private chat, the user's id).</summary>
    public required long ChatId { get; init; }

    /// <summary>The user who caused it.</summary>
    public required BotUser User { get; init; }

    /// <summary>The platform's update id, used to ignore a redelivered update; null when the adapter has none.</summary>
    public long? UpdateId { get; init; }
}

/// <summary>A text message, commands included (<c>/start ref_abc</c>).</summary>
public sealed record TextReceived : BotEvent
{
    /// <summary>The message text.</summary>
    public required string Text { get; init; }
}

/// <summary>An inline button was pressed.</summary>
public sealed record ButtonPressed : BotEvent
{
    /// <summary>The platform's id of this press; every press must be answered with it.</summary>
    public required string CallbackId { get; init; }

    /// <summary>The button's callback data (at most 64 bytes).</summary>
    public required string Data { get; init; }

    /// <summary>The message the button belongs to, when the platform says.</summary>
    public MessageRef? Message { get; init; }
}

/// <summary>What kind of file a user sent.</summary>
public enum SentFileKind
{
    /// <summary>A compressed photo.</summary>
    Photo,

    /// <summary>A video.</summary>
    Video,

    /// <summary>Music or a voice message.</summary>
    Audio,

    /// <summary>Any file sent as a document.</summary>
    Document,
}

/// <summary>A user sent a file (for a URL parameter such as a reference image).</summary>
public sealed record FileReceived : BotEvent
{
    /// <summary>How it was sent.</summary>
    public required SentFileKind Kind { get; init; }

    /// <summary>The platform's file id; <see cref="IChatGateway.OpenUserFileAsync"/> reads it.</summary>
    public required string FileId { get; init; }

    /// <summary>The original file name, when the platform keeps one.</summary>
    public string? FileName { get; init; }

    /// <summary>The media type, when known.</summary>
    public string? MediaType { get; init; }

    /// <summary>The size in bytes, when known.</summary>
    public long? Size { get; init; }

    /// <summary>The caption sent with the file, if any.</summary>
    public string? Caption { get; init; }
}

/// <summary>The payment platform asks whether a checkout may go ahead; it must be answered within 10 seconds.</summary>
public sealed record PreCheckoutRequested : BotEvent
{
    /// <summary>The query id to answer.</summary>
    public required string QueryId { get; init; }

    /// <summary>The currency code (<c>XTR</c> for Telegram Stars).</summary>
    public required string Currency { get; init; }

    /// <summary>The amount in the currency's smallest unit (whole Stars).</summary>
    public required long TotalAmount { get; init; }

    /// <summary>The invoice payload we set.</summary>
    public required string Payload { get; init; }
}

/// <summary>A payment went through. Credit it exactly once, keyed by <see cref="ChargeId"/>.</summary>
public sealed record PaymentReceived : BotEvent
{
    /// <summary>The currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>The amount paid in the currency's smallest unit.</summary>
    public required long TotalAmount { get; init; }

    /// <summary>The invoice payload we set.</summary>
    public required string Payload { get; init; }

    /// <summary>The platform's charge id: the de-duplication and refund key.</summary>
    public required string ChargeId { get; init; }

    /// <summary>The payment provider's charge id, when any.</summary>
    public string? ProviderChargeId { get; init; }
}

/// <summary>The platform reports that a payment was refunded (for example by an admin through the API).</summary>
public sealed record PaymentRefunded : BotEvent
{
    /// <summary>The refunded charge id.</summary>
    public required string ChargeId { get; init; }

    /// <summary>The amount refunded.</summary>
    public required long TotalAmount { get; init; }
}
