namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// One part of the bot (menus, orders, payments, admin, …). The engine offers each event to the features in
/// registration order until one handles it; a feature that does not recognise the event returns false.
/// </summary>
public interface IBotFeature
{
    /// <summary>Handles the event if it belongs to this feature.</summary>
    /// <param name="context">The event and its user.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when handled.</returns>
    ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken);
}
