namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// How results reach the chat (configuration section <c>Bot:Delivery</c>): Telegram's size limits, which decide between
/// sending a link for the platform to fetch, uploading the bytes, a document and a plain link; and the outbox's retries.
/// The defaults are the public Bot API's limits (a local Bot API server allows more).
/// </summary>
public sealed class DeliveryOptions
{
    private const long MegaByte = 1024 * 1024;

    /// <summary>The largest photo the platform fetches from a URL itself: 5 MB.</summary>
    public long PhotoByUrlMaxBytes { get; set; } = 5 * MegaByte;

    /// <summary>The largest video, audio or document the platform fetches from a URL itself: 20 MB.</summary>
    public long FileByUrlMaxBytes { get; set; } = 20 * MegaByte;

    /// <summary>The largest photo the bot may upload: 10 MB.</summary>
    public long PhotoUploadMaxBytes { get; set; } = 10 * MegaByte;

    /// <summary>The largest video, audio or document the bot may upload: 50 MB.</summary>
    public long FileUploadMaxBytes { get; set; } = 50 * MegaByte;

    /// <summary>How many chats are delivered to at once (each chat gets its messages in order, one at a time).</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>How many transient failures one message may have before it is given up (a result then is refunded).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The wait after the first transient failure; it doubles with each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts after transient failures (flood waits are honoured in full).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Where downloaded results wait for their upload; empty for the system's temporary folder.</summary>
    public string? TempDirectory { get; set; }

    /// <summary>The largest file of a kind the platform fetches from a URL.</summary>
    /// <param name="kind">How the file is shown.</param>
    /// <returns>The limit in bytes.</returns>
    public long ByUrlLimit(Conversation.MediaKind kind) => kind == Conversation.MediaKind.Photo ? PhotoByUrlMaxBytes : FileByUrlMaxBytes;

    /// <summary>The largest file of a kind the bot may upload.</summary>
    /// <param name="kind">How the file is shown.</param>
    /// <returns>The limit in bytes.</returns>
    public long UploadLimit(Conversation.MediaKind kind) => kind == Conversation.MediaKind.Photo ? PhotoUploadMaxBytes : FileUploadMaxBytes;
}
