using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Queues a message to every admin (<see cref="BotOptions.Admins"/>, each in their own language) in the outbox, inside
/// the caller's transaction: a report or alert is queued together with the state that says it was sent, so it goes
/// out exactly once even across a crash (the outbox retries and survives restarts).
/// </summary>
public sealed class AdminNotices
{
    private readonly BotOptions _options;

    /// <summary>Creates the notices.</summary>
    /// <param name="options">The bot's options (the admin ids).</param>
    public AdminNotices(BotOptions options)
    {
        _options = options;
    }

    /// <summary>Whether any admin is configured.</summary>
    public bool HasAdmins => _options.Admins.Count > 0;

    /// <summary>Queues one message per admin.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="text">The message for each admin's language.</param>
    /// <param name="now">The current time.</param>
    /// <returns>How many were queued.</returns>
    public Task<int> EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, Func<BotTexts, string> text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EnqueueEachAsync(connection, transaction, texts => OutboxPayload.ForScreen(new Conversation.Screen(text(texts))), now);
    }

    /// <summary>Queues one picture per admin (sent as a photo, after anything queued before it).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="picture">The PNG and its caption for each admin's language (render before the transaction: it is slow).</param>
    /// <param name="now">The current time.</param>
    /// <returns>How many were queued.</returns>
    public Task<int> EnqueuePictureAsync(SqliteConnection connection, SqliteTransaction transaction, Func<BotTexts, (byte[] Png, string Caption)> picture, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return EnqueueEachAsync(
            connection,
            transaction,
            texts =>
            {
                var (png, caption) = picture(texts);
                return new OutboxPayload { Picture = png, PictureCaption = caption };
            },
            now);
    }

    private async Task<int> EnqueueEachAsync(SqliteConnection connection, SqliteTransaction transaction, Func<BotTexts, OutboxPayload> payload, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var queued = 0;
        foreach (var admin in _options.Admins.Distinct())
        {
            // An admin's private chat has their user id; an admin who never wrote to the bot reads English.
            var language = await connection.ScalarAsync<string>("SELECT language FROM users WHERE id = $id", transaction, ("$id", admin)).ConfigureAwait(false);
            queued += await OutboxStore.EnqueueAsync(connection, transaction, admin, null, OutboxPurpose.Notice, payload(BotTexts.For(BotLanguages.FromCode(language))), now).ConfigureAwait(false);
        }

        return queued;
    }
}
