using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.History;

/// <summary>What the user's next text message answers.</summary>
internal enum PendingKind
{
    /// <summary>The name of a template saved from an order (the subject is the order id).</summary>
    TemplateName,

    /// <summary>A new prompt for an order's settings (the subject is the order id).</summary>
    OrderPrompt,

    /// <summary>The prompt of a template (the subject is the template id).</summary>
    TemplatePrompt,
}

/// <summary>A question awaiting the user's next text message.</summary>
/// <param name="Kind">What it asks.</param>
/// <param name="Subject">The order or template it is about.</param>
/// <param name="Since">When it was asked.</param>
internal sealed record PendingInput(PendingKind Kind, string Subject, DateTimeOffset Since);

/// <summary>
/// The open question per user, in SQLite (it survives a restart) with an in-memory copy, because every button press
/// asks whether one is open. A question lapses after <see cref="Lifetime"/>: text typed a day later is not a template name.
/// </summary>
internal sealed class PendingInputStore
{
    /// <summary>How long a question stays open.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const int CacheLimit = 50_000;

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, PendingInput?> _cache = new();

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public PendingInputStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The user's open question, if any (a lapsed one counts as none).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The question, or null.</returns>
    public async ValueTask<PendingInput?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var pending = await LoadAsync(userId, cancellationToken).ConfigureAwait(false);
        return pending is not null && _time.GetUtcNow() - pending.Since <= Lifetime ? pending : null;
    }

    /// <summary>Opens a question (replacing any other).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="kind">What it asks.</param>
    /// <param name="subject">The order or template.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public async Task SetAsync(long userId, PendingKind kind, string subject, CancellationToken cancellationToken)
    {
        var pending = new PendingInput(kind, subject, _time.GetUtcNow());
        _cache.TryRemove(userId, out _);
        await _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO history_pending (user_id, kind, subject, created_at) VALUES ($user, $kind, $subject, $now) " +
                "ON CONFLICT(user_id) DO UPDATE SET kind = excluded.kind, subject = excluded.subject, created_at = excluded.created_at",
                transaction,
                ("$user", userId), ("$kind", kind.ToString()), ("$subject", subject), ("$now", pending.Since.ToUnixTimeMilliseconds())),
            cancellationToken).ConfigureAwait(false);
        Remember(userId, pending);
    }

    /// <summary>Closes the user's question, if one is open (nothing is written when none is, the usual case).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when closed.</returns>
    public async Task ClearAsync(long userId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return;
        }

        _cache.TryRemove(userId, out _);
        await _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync("DELETE FROM history_pending WHERE user_id = $user", transaction, ("$user", userId)),
            cancellationToken).ConfigureAwait(false);
        Remember(userId, null);
    }

    private async ValueTask<PendingInput?> LoadAsync(long userId, CancellationToken cancellationToken)
    {
        if (!_cache.TryGetValue(userId, out var pending))
        {
            pending = await _database.ReadAsync(
                async connection =>
                {
                    await using var command = connection.Command("SELECT kind, subject, created_at FROM history_pending WHERE user_id = $user", null, ("$user", userId));
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && Enum.TryParse<PendingKind>(reader.GetString(0), out var kind)
                        ? new PendingInput(kind, reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
                        : null;
                },
                cancellationToken).ConfigureAwait(false);
            Remember(userId, pending);
        }

        return pending;
    }

    private void Remember(long userId, PendingInput? pending)
    {
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[userId] = pending;
    }
}
