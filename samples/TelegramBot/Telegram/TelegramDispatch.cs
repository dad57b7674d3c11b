namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>What <see cref="TelegramUpdateRouter.Dispatch"/> did with an update.</summary>
public enum TelegramDispatch
{
    /// <summary>Handed to the engine (queued for its chat, or started at once for a pre-checkout query).</summary>
    Queued,

    /// <summary>A kind of update the bot does not handle; nothing to do.</summary>
    Ignored,

    /// <summary>The bot is stopping and takes no more updates; Telegram must keep this one.</summary>
    Stopping,
}
