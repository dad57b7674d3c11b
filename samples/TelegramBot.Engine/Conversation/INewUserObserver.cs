using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// Told once about each user the bot has just met (after their first update was recorded), before that update is handled
/// by the features: a feature welcomes them (the welcome bonus) without the engine knowing about it.
/// </summary>
public interface INewUserObserver
{
    /// <summary>Called once per new user.</summary>
    /// <param name="user">The user as just stored.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when done.</returns>
    Task UserCreatedAsync(UserProfile user, CancellationToken cancellationToken);
}
