using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>
/// Ratings and comments on results, and <c>/feedback</c>. A rating button stores the rating (the order's owner only;
/// changeable) and offers "add a comment"; the user's next text message is then the comment. Any other button or
/// command that reaches this feature forgets an awaited comment (<c>/cancel</c> says so), so a forgotten request never
/// swallows a later prompt typed into the menus.
/// </summary>
public sealed class FeedbackFeature : IBotFeature, IAsksQuestions
{
    /// <summary>The longest feedback text kept; longer ones are cut (a chat message holds 4096 characters).</summary>
    public const int MaxTextLength = 2000;

    private readonly FeedbackStore _store;

    /// <summary>Creates the feature.</summary>
    /// <param name="store">The feedback store.</param>
    public FeedbackFeature(FeedbackStore store)
    {
        _store = store;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Event)
        {
            case ButtonPressed pressed when FeedbackCallbacks.TryParseRate(pressed.Data, out var orderId, out var rating):
                await RateAsync(context, orderId, rating, cancellationToken).ConfigureAwait(false);
                return true;
            case ButtonPressed pressed when FeedbackCallbacks.TryParseComment(pressed.Data, out var orderId):
                await AskCommentAsync(context, orderId, cancellationToken).ConfigureAwait(false);
                return true;
            case ButtonPressed:
                await ForgetAsync(context, cancellationToken).ConfigureAwait(false);
                return false;
            case TextReceived text when ChatCommand.TryParse(text.Text, out var command):
                return await CommandAsync(context, command, cancellationToken).ConfigureAwait(false);
            case TextReceived text:
                return await TakeAsync(context, text.Text, cancellationToken).ConfigureAwait(false);
            default:
                return false;
        }
    }

    private async Task RateAsync(BotContext context, string orderId, int rating, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (await _store.RateAsync(context.UserId, orderId, rating, cancellationToken).ConfigureAwait(false) != FeedbackOutcome.Done)
        {
            await context.AnswerAsync(texts.FeedbackNotYours, cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.AnswerAsync(texts.FeedbackThanks, cancellationToken).ConfigureAwait(false);
        await context.ShowAsync(FeedbackScreens.Prompt(texts, orderId, rating), cancellationToken).ConfigureAwait(false);
    }

    private async Task AskCommentAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        switch (await _store.AwaitCommentAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false))
        {
            case FeedbackOutcome.Done:
                await context.AnswerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await context.ReplyAsync(new Screen(texts.FeedbackCommentAsk(orderId)), cancellationToken).ConfigureAwait(false);
                break;
            case FeedbackOutcome.NotRated:
                await context.AnswerAsync(texts.FeedbackRateFirst, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await context.AnswerAsync(texts.FeedbackNotYours, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<bool> CommandAsync(BotContext context, ChatCommand command, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (command.Name == "feedback")
        {
            if (command.Arguments.Length == 0)
            {
                await _store.AwaitFreeFeedbackAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await context.ReplyAsync(new Screen(texts.FeedbackAsk), cancellationToken).ConfigureAwait(false);
                return true;
            }

            await _store.SubmitAsync(context.UserId, Cut(command.Arguments), cancellationToken).ConfigureAwait(false);
            await context.ReplyAsync(new Screen(texts.FeedbackReceived), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var forgotten = await ForgetAsync(context, cancellationToken).ConfigureAwait(false);
        if (forgotten && command.Name == "cancel")
        {
            await context.ReplyAsync(new Screen(texts.FeedbackCancelled), cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private async Task<bool> TakeAsync(BotContext context, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || !await _store.IsAwaitingAsync(context.UserId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var taken = await _store.TakeAsync(context.UserId, Cut(text.Trim()), cancellationToken).ConfigureAwait(false);
        if (taken is null)
        {
            return false;
        }

        var texts = context.Texts;
        await context.ReplyAsync(new Screen(taken.OrderId is { } orderId ? texts.FeedbackCommentSaved(orderId) : texts.FeedbackReceived), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> ForgetAsync(BotContext context, CancellationToken cancellationToken) =>
        await _store.IsAwaitingAsync(context.UserId, cancellationToken).ConfigureAwait(false)
        && await _store.CancelAsync(context.UserId, cancellationToken).ConfigureAwait(false);

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";

    /// <inheritdoc />
    public async Task ForgetQuestionAsync(long userId, CancellationToken cancellationToken)
    {
        if (await _store.IsAwaitingAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            await _store.CancelAsync(userId, cancellationToken).ConfigureAwait(false);
        }
    }
}
