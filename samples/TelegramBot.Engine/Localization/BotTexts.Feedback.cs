namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The feedback feature's strings: the rating prompt, comments and <c>/feedback</c>.</summary>
public sealed partial class BotTexts
{
    /// <summary>The "add a comment" button.</summary>
    public string FeedbackAddComment => T("✍️ Add a comment", "✍️ Добавить комментарий");

    /// <summary>Toast after a rating.</summary>
    public string FeedbackThanks => T("Thanks for the rating!", "Спасибо за оценку!");

    /// <summary>Toast for a rating or comment button of someone else's (or an unknown) order.</summary>
    public string FeedbackNotYours => T("Only the person who ordered this can rate it.", "Оценить заказ может только тот, кто его сделал.");

    /// <summary>Toast for "add a comment" before any rating.</summary>
    public string FeedbackRateFirst => T("Please pick a rating first.", "Сначала поставьте оценку.");

    /// <summary>Reply to <c>/feedback</c> without text.</summary>
    public string FeedbackAsk => T(
        "💬 Write your feedback in one message: what you liked, what went wrong, what you miss. /cancel to drop it.",
        "💬 Напишите отзыв одним сообщением: что понравилось, что не так, чего не хватает. /cancel — передумали.");

    /// <summary>Thanks for free feedback.</summary>
    public string FeedbackReceived => T("🙏 Thank you! Your feedback was passed on to the team.", "🙏 Спасибо! Ваш отзыв передан команде.");

    /// <summary>An awaited comment or feedback message was cancelled.</summary>
    public string FeedbackCancelled => T("OK, no feedback this time.", "Хорошо, без отзыва.");

    /// <summary>The rating prompt under a result.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The text.</returns>
    public string FeedbackPrompt(string orderId) => T(
        $"How was order {orderId}? Rate the result from 1 (bad) to 5 (great):",
        $"Как вам заказ {orderId}? Оцените результат от 1 (плохо) до 5 (отлично):");

    /// <summary>The prompt once rated (the rating can still be changed).</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="rating">The rating.</param>
    /// <returns>The text.</returns>
    public string FeedbackRated(string orderId, int rating) => T(
        $"Order {orderId}: you rated it {rating}⭐ — thank you! You can change the rating or add a comment.",
        $"Заказ {orderId}: ваша оценка {rating}⭐ — спасибо! Оценку можно изменить или добавить комментарий.");

    /// <summary>Asks for the comment.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The text.</returns>
    public string FeedbackCommentAsk(string orderId) => T(
        $"✍️ Send your comment on order {orderId} as one message. /cancel to drop it.",
        $"✍️ Отправьте комментарий к заказу {orderId} одним сообщением. /cancel — передумали.");

    /// <summary>The comment was saved.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The text.</returns>
    public string FeedbackCommentSaved(string orderId) => T(
        $"🙏 Thank you! Your comment on order {orderId} was saved.",
        $"🙏 Спасибо! Комментарий к заказу {orderId} сохранён.");
}
