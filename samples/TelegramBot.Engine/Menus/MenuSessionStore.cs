using System.Collections.Concurrent;
using System.Text.Json;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Menu sessions in SQLite, one JSON document per user, with the last written text cached in memory so a menu press
/// reads nothing from the database and an unchanged session is not written again. Each load is a fresh object, so a
/// handler that fails half-way leaves the stored session as it was.
/// </summary>
internal sealed class MenuSessionStore
{
    // Enough for every user active at once; past it the cache starts over (sessions are reread on demand).
    private const int CacheLimit = 50_000;

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, string> _cache = new();

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public MenuSessionStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Reads a user's session (an empty one when they have none).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session; the caller may change it and <see cref="SaveAsync"/> it.</returns>
    public async ValueTask<MenuSession> LoadAsync(long userId, CancellationToken cancellationToken)
    {
        if (!_cache.TryGetValue(userId, out var json))
        {
            json = await _database.ReadAsync(
                connection => connection.ScalarAsync<string>("SELECT data FROM menu_sessions WHERE user_id = $user", null, ("$user", userId)),
                cancellationToken).ConfigureAwait(false) ?? string.Empty;
            Remember(userId, json);
        }

        return Parse(json);
    }

    /// <summary>Writes a session, unless it is unchanged since it was last read or written.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="session">The session.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public async ValueTask SaveAsync(long userId, MenuSession session, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(session, MenuSessionJson.Default.MenuSession);
        if (_cache.TryGetValue(userId, out var cached) && string.Equals(cached, json, StringComparison.Ordinal))
        {
            return;
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            await _database.WriteAsync(
                (connection, transaction) => connection.ExecuteAsync(
                    "INSERT INTO menu_sessions (user_id, data, updated_at) VALUES ($user, $data, $now) ON CONFLICT(user_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                    transaction,
                    ("$user", userId), ("$data", json), ("$now", now)),
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The stored state is unknown now: read it again next time.
            _cache.TryRemove(userId, out _);
            throw;
        }

        Remember(userId, json);
    }

    private void Remember(long userId, string json)
    {
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[userId] = json;
    }

    private static MenuSession Parse(string json)
    {
        if (json.Length == 0)
        {
            return new MenuSession();
        }

        try
        {
            return JsonSerializer.Deserialize(json, MenuSessionJson.Default.MenuSession) ?? new MenuSession();
        }
        catch (JsonException)
        {
            // A session from an incompatible version: start afresh rather than break the user's menus.
            return new MenuSession();
        }
    }
}
