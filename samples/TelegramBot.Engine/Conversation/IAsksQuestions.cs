namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// A feature that may be waiting for a user's next message as the answer to its question (a template name, a rating
/// comment, a promo code). When the user moves on — presses a button or sends a command that another feature handles —
/// the engine tells every other such feature to forget its question, so a later message is never taken as the answer to
/// a question the user walked away from: the newest question is the only open one.
/// </summary>
public interface IAsksQuestions
{
    /// <summary>Forgets the user's open question, if any (cheap when there is none: most events have none).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when forgotten.</returns>
    Task ForgetQuestionAsync(long userId, CancellationToken cancellationToken);
}
