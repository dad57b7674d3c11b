using Kie.Samples.TelegramBot.Conversation;
using Kie.Sdk;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Takes a file a user sent and puts it on KIE's own upload storage (never a public file host): the hosted URL becomes
/// the parameter's value. The platform's file is streamed through, not buffered.
/// </summary>
internal sealed partial class FileUploader
{
    /// <summary>The largest file the public Bot API lets a bot download.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private readonly IKieClient _kie;
    private readonly ILogger<FileUploader> _logger;

    /// <summary>Creates the uploader.</summary>
    /// <param name="kie">The KIE client.</param>
    /// <param name="logger">The logger.</param>
    public FileUploader(IKieClient kie, ILogger<FileUploader> logger)
    {
        _kie = kie;
        _logger = logger;
    }

    /// <summary>Uploads a user's file to KIE.</summary>
    /// <param name="context">The event (its gateway opens the file).</param>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The hosted URL, or null when the file could not be fetched or stored.</returns>
    public async Task<Uri?> UploadAsync(BotContext context, FileReceived file, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = await context.Chat.OpenUserFileAsync(file.FileId, cancellationToken).ConfigureAwait(false);
            var uploaded = await _kie.UploadFileAsync(content, FileName(file), cancellationToken).ConfigureAwait(false);
            return uploaded.Url;
        }
        catch (Exception error) when (error is ChatGatewayException or KieApiException or IOException or HttpRequestException)
        {
            LogUploadFailed(error, context.ChatId, file.Kind);
            return null;
        }
    }

    /// <summary>A name whose extension tells KIE the type (the SDK adds a unique suffix).</summary>
    /// <param name="file">The file.</param>
    /// <returns>The name.</returns>
    internal static string FileName(FileReceived file)
    {
        if (!string.IsNullOrWhiteSpace(file.FileName) && Path.HasExtension(file.FileName))
        {
            return Path.GetFileName(file.FileName);
        }

        var extension = file.MediaType?.ToLowerInvariant() switch
        {
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/webp" => ".webp",
            "image/gif" => ".gif",
            "video/mp4" => ".mp4",
            "video/quicktime" => ".mov",
            "audio/mpeg" => ".mp3",
            "audio/ogg" => ".ogg",
            "audio/wav" or "audio/x-wav" => ".wav",
            "audio/mp4" or "audio/m4a" or "audio/x-m4a" => ".m4a",
            _ => file.Kind switch
            {
                SentFileKind.Photo => ".jpg",
                SentFileKind.Video => ".mp4",
                SentFileKind.Audio => ".mp3",
                _ => string.Empty,
            },
        };
        return file.Kind.ToString().ToLowerInvariant() + extension;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not upload a {Kind} from chat {ChatId} to KIE")]
    private partial void LogUploadFailed(Exception error, long chatId, SentFileKind kind);
}
