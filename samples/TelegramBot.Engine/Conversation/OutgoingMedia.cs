namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>How a result file is shown in the chat.</summary>
public enum MediaKind
{
    /// <summary>An inline, compressed picture.</summary>
    Photo,

    /// <summary>A playable video.</summary>
    Video,

    /// <summary>A playable audio track.</summary>
    Audio,

    /// <summary>A file, sent as is (originals, anything else).</summary>
    Document,
}

/// <summary>Where the bytes of an outgoing file come from.</summary>
public abstract record MediaSource
{
    /// <summary>The platform fetches the file from a URL itself (cheapest; size limits apply: 5 MB photos, 20 MB others).</summary>
    /// <param name="Url">A public URL.</param>
    public sealed record FromUrl(Uri Url) : MediaSource;

    /// <summary>The bot uploads the bytes (10 MB photos, 50 MB others on the public Bot API).</summary>
    /// <param name="Open">Opens a fresh stream of the content; called once per attempt.</param>
    /// <param name="FileName">The file name to upload under.</param>
    public sealed record Upload(Func<CancellationToken, Task<Stream>> Open, string FileName) : MediaSource;

    /// <summary>A file the platform already holds (no size limit; media type cannot change).</summary>
    /// <param name="FileId">The platform's file id from an earlier send.</param>
    public sealed record Stored(string FileId) : MediaSource;
}

/// <summary>One file to send.</summary>
/// <param name="Kind">How to show it.</param>
/// <param name="Source">Where its bytes come from.</param>
/// <param name="Caption">A caption (at most 1024 characters; adapters truncate).</param>
public sealed record OutgoingMedia(MediaKind Kind, MediaSource Source, string? Caption = null);

/// <summary>The platform's ids of files it accepted, one per sent item in order, for re-sending without re-uploading.</summary>
/// <param name="FileIds">The file ids (null where the platform gave none).</param>
/// <param name="Messages">The messages that carry them.</param>
public sealed record SentMedia(IReadOnlyList<string?> FileIds, IReadOnlyList<MessageRef> Messages);

/// <summary>An invoice for a top-up, in Telegram Stars.</summary>
/// <param name="Title">1–32 characters.</param>
/// <param name="Description">1–255 characters.</param>
/// <param name="Payload">Our opaque invoice id, at most 128 bytes.</param>
/// <param name="Stars">The price in whole Stars (currency XTR).</param>
/// <param name="StartParameter">Non-empty, so a forwarded invoice cannot be paid by someone else.</param>
public sealed record InvoiceScreen(string Title, string Description, string Payload, long Stars, string StartParameter);

/// <summary>An incoming Stars payment as the platform's transaction list reports it (for reconciliation after downtime).</summary>
/// <param name="ChargeId">The transaction id, equal to the charge id of the payment.</param>
/// <param name="UserId">The payer.</param>
/// <param name="Stars">The amount in Stars.</param>
/// <param name="Payload">The invoice payload, when the platform reports it.</param>
/// <param name="Date">When it was paid.</param>
public sealed record StarPayment(string ChargeId, long UserId, long Stars, string? Payload, DateTimeOffset Date);
