using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>
/// Queues "How was it?" with rating buttons after each delivered result, inside the capture's transaction: the prompt
/// exists exactly when the order was captured, once, and goes out after the result (the outbox keeps a chat's order).
/// </summary>
public sealed class RatingPrompter : IOrderCapturedObserver
{
    /// <inheritdoc />
    public async Task OnCapturedAsync(SqliteConnection connection, SqliteTransaction transaction, CapturedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var language = await connection.ScalarAsync<string>("SELECT language FROM users WHERE id = $user", transaction, ("$user", order.UserId)).ConfigureAwait(false);
        var screen = FeedbackScreens.Prompt(BotTexts.For(BotLanguages.FromCode(language)), order.OrderId);
        await OutboxStore.EnqueueAsync(connection, transaction, order.ChatId, order.OrderId, OutboxPurpose.Notice, OutboxPayload.ForScreen(screen), order.CapturedAt).ConfigureAwait(false);
    }
}
