using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Maps catalog values (model ids, parameter names, enum values — Cyrillic ones included) to the short keys used in
/// callback data and back. Keys are deterministic (<see cref="CallbackKeyHash"/>); the <c>callback_keys</c> table
/// remembers key → value, because a hash cannot be reversed. Everything is cached in memory: rendering a menu costs
/// no database work once its keys were written, and resolving a press costs none for a known key.
/// </summary>
internal sealed class CallbackKeyStore
{
    private readonly BotDatabase _database;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(CallbackKeyKind Kind, string Value), string> _keysByValue = new();
    private readonly ConcurrentDictionary<string, (CallbackKeyKind Kind, string Value)> _stored = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (CallbackKeyKind Kind, string Value)> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile bool _loaded;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock (row creation times).</param>
    public CallbackKeyStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Loads every stored key once, so lookups and collision checks need no database round trip.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>A task that completes when loaded.</returns>
    public async ValueTask EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_loaded)
            {
                return;
            }

            await _database.ReadAsync(
                async connection =>
                {
                    await using var command = connection.Command("SELECT key, kind, value FROM callback_keys", null);
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (CallbackKeyKinds.TryParse(reader.GetString(1), out var kind))
                        {
                            _stored[reader.GetString(0)] = (kind, reader.GetString(2));
                        }
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
            _loaded = true;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>
    /// The key of a value, for a button. A key not stored yet is queued for <see cref="FlushAsync"/>, which the menus call
    /// before the screen is sent, so a button never reaches a user before its key is in the table.
    /// </summary>
    /// <param name="kind">What the value is.</param>
    /// <param name="value">The value, verbatim.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">Two values share a key (a hash collision): refused rather than confused.</exception>
    public string KeyFor(CallbackKeyKind kind, string value)
    {
        if (_keysByValue.TryGetValue((kind, value), out var key))
        {
            return key;
        }

        key = CallbackKeyHash.Compute(kind, value);
        if (_stored.TryGetValue(key, out var stored) || _pending.TryGetValue(key, out stored))
        {
            ThrowIfCollision(key, stored, (kind, value));
        }
        else
        {
            _pending.TryAdd(key, (kind, value));
        }

        _keysByValue.TryAdd((kind, value), key);
        return key;
    }

    /// <summary>Writes queued keys in one transaction (nothing to do in the steady state).</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when written.</returns>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        var batch = _pending.ToArray();
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await _database.WriteAsync(
            async (connection, transaction) =>
            {
                foreach (var (key, entry) in batch)
                {
                    var inserted = await connection.ExecuteAsync(
                        "INSERT INTO callback_keys (key, kind, value, created_at) VALUES ($key, $kind, $value, $now) ON CONFLICT(key) DO NOTHING",
                        transaction,
                        ("$key", key), ("$kind", entry.Kind.Code()), ("$value", entry.Value), ("$now", now)).ConfigureAwait(false);
                    if (inserted == 0)
                    {
                        var existing = await ReadAsync(connection, transaction, key).ConfigureAwait(false);
                        if (existing is { } found)
                        {
                            ThrowIfCollision(key, found, entry);
                        }
                    }
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var (key, entry) in batch)
        {
            _stored[key] = entry;
            _pending.TryRemove(key, out _);
        }
    }

    /// <summary>The value a key stands for, or null when it is unknown or of another kind (stale or forged data).</summary>
    /// <param name="kind">The kind expected at this place of the data.</param>
    /// <param name="key">The key from the callback data.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The value or null.</returns>
    public async ValueTask<string?> ResolveAsync(CallbackKeyKind kind, string key, CancellationToken cancellationToken)
    {
        if (!CallbackKeyHash.HasShape(key))
        {
            return null;
        }

        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        if (!_stored.TryGetValue(key, out var entry) && !_pending.TryGetValue(key, out entry))
        {
            // Written by another engine on the same database since this one loaded (rare): look once.
            var found = await _database.ReadAsync(connection => ReadAsync(connection, null, key), cancellationToken).ConfigureAwait(false);
            if (found is not { } stored)
            {
                return null;
            }

            entry = stored;
            _stored[key] = entry;
        }

        return entry.Kind == kind ? entry.Value : null;
    }

    private static async Task<(CallbackKeyKind Kind, string Value)?> ReadAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction? transaction, string key)
    {
        await using var command = connection.Command("SELECT kind, value FROM callback_keys WHERE key = $key", transaction, ("$key", key));
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false) || !CallbackKeyKinds.TryParse(reader.GetString(0), out var kind))
        {
            return null;
        }

        return (kind, reader.GetString(1));
    }

    private static void ThrowIfCollision(string key, (CallbackKeyKind Kind, string Value) stored, (CallbackKeyKind Kind, string Value) wanted)
    {
        if (stored.Kind != wanted.Kind || !string.Equals(stored.Value, wanted.Value, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Callback key '{key}' already stands for {stored.Kind} '{stored.Value}', so it cannot stand for {wanted.Kind} '{wanted.Value}'.");
        }
    }
}
