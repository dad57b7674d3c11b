using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Store;

/// <summary>Users: created on first contact with the language their client reports; <c>/language</c> changes it.</summary>
public sealed class UserStore
{
    /// <summary>How stale <c>users.seen_at</c> may get before a message refreshes it.</summary>
    private const long SeenPrecisionMilliseconds = 60_000;

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, BotLanguage> _chatLanguages = new();

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public UserStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>
    /// Returns the stored user, creating them on first contact and otherwise refreshing their name, username and
    /// last-seen time, inside the caller's write transaction (the engine marks the update as handled in the same one).
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="user">The user as the platform reports them.</param>
    /// <param name="chatId">The chat they wrote from.</param>
    /// <returns>The profile; <see cref="UserProfile.IsNew"/> is true when it was just created.</returns>
    public async Task<UserProfile> EnsureAsync(SqliteConnection connection, SqliteTransaction transaction, BotUser user, long chatId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(user);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var created = await connection.ExecuteAsync(
            "INSERT INTO users (id, chat_id, first_name, username, language, created_at, seen_at) VALUES ($id, $chat, $first, $username, $language, $now, $now) ON CONFLICT(id) DO NOTHING",
            transaction,
            ("$id", user.Id), ("$chat", chatId), ("$first", user.FirstName), ("$username", user.Username),
            ("$language", BotLanguages.FromCode(user.LanguageCode).Code()), ("$now", now)).ConfigureAwait(false) == 1;
        if (!created)
        {
            // Names change (admins find users by @username); "last seen" is for people, so a minute's precision is
            // plenty and most messages write nothing here.
            await connection.ExecuteAsync(
                "UPDATE users SET seen_at = $now, first_name = $first, username = $username " +
                "WHERE id = $id AND (seen_at < $stale OR first_name IS NOT $first OR username IS NOT $username)",
                transaction,
                ("$id", user.Id), ("$first", user.FirstName), ("$username", user.Username), ("$now", now), ("$stale", now - SeenPrecisionMilliseconds)).ConfigureAwait(false);
        }

        var profile = await ReadAsync(connection, transaction, user.Id).ConfigureAwait(false);
        _chatLanguages[chatId] = profile!.Language;
        return profile with { IsNew = created };
    }

    /// <summary>Reads a user, or null when they never wrote.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The profile or null.</returns>
    public Task<UserProfile?> FindAsync(long userId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => ReadAsync(connection, null, userId), cancellationToken);

    /// <summary>Changes the language the bot speaks to a user.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="language">The new language.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public async Task SetLanguageAsync(long userId, BotLanguage language, CancellationToken cancellationToken = default)
    {
        var chatId = await _database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync("UPDATE users SET language = $language WHERE id = $id", transaction, ("$language", language.Code()), ("$id", userId)).ConfigureAwait(false);
                return await connection.ScalarAsync<long?>("SELECT chat_id FROM users WHERE id = $id", transaction, ("$id", userId)).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        if (chatId is { } chat)
        {
            _chatLanguages[chat] = language;
        }
    }

    /// <summary>The language of the user of a chat, from memory (English until the user was seen since start-up).</summary>
    /// <param name="chatId">The chat.</param>
    /// <returns>The language.</returns>
    public BotLanguage LanguageOfChat(long chatId) => _chatLanguages.TryGetValue(chatId, out var language) ? language : BotLanguage.En;

    private static async Task<UserProfile?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, long userId)
    {
        await using var command = connection.Command("SELECT id, chat_id, first_name, username, language, created_at FROM users WHERE id = $id", transaction, ("$id", userId));
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }

        return new UserProfile(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            BotLanguages.FromCode(reader.GetString(4)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
            IsNew: false);
    }
}
