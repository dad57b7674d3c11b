using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>The rating prompt under a delivered result, before and after it was rated.</summary>
public static class FeedbackScreens
{
    /// <summary>"How was it?" with five star buttons (and, once rated, the chosen rating and an "add a comment" button).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="rating">The current rating, or null before the first.</param>
    /// <returns>The screen.</returns>
    public static Screen Prompt(BotTexts texts, string orderId, int? rating = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var stars = Enumerable.Range(FeedbackCallbacks.MinRating, FeedbackCallbacks.MaxRating)
            .Select(value => ScreenButton.Callback(value == rating ? $"✅{value}⭐" : $"{value}⭐", FeedbackCallbacks.Rate(orderId, value)))
            .ToArray();
        if (rating is not { } rated)
        {
            return new Screen(texts.FeedbackPrompt(orderId), [stars]);
        }

        return new Screen(texts.FeedbackRated(orderId, rated), [stars, [ScreenButton.Callback(texts.FeedbackAddComment, FeedbackCallbacks.Comment(orderId))]]);
    }
}
