using System.Security.Cryptography;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>Users' own templates in SQLite; every read and delete is scoped to the owner.</summary>
internal sealed class TemplateStore
{
    /// <summary>The length of a user template's id.</summary>
    public const int IdLength = 8;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public TemplateStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Whether a text has the shape of a user template id (built-in ids are lower case, so never this).</summary>
    /// <param name="id">The text.</param>
    /// <returns>True when well formed.</returns>
    public static bool IsWellFormed(string? id) => id is { Length: IdLength } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>A user's templates, oldest first.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The templates.</returns>
    public Task<IReadOnlyList<UserTemplate>> ListAsync(long userId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<UserTemplate>>(
            async connection =>
            {
                var templates = new List<UserTemplate>();
                await using var command = connection.Command(
                    "SELECT id, user_id, name, model_id, mode_id, input_json, created_at FROM user_templates WHERE user_id = $user ORDER BY created_at, id",
                    null,
                    ("$user", userId));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    templates.Add(Read(reader));
                }

                return templates;
            },
            cancellationToken);

    /// <summary>One of the user's templates.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The template, or null when it is not the user's.</returns>
    public Task<UserTemplate?> FindAsync(long userId, string id, CancellationToken cancellationToken = default) =>
        !IsWellFormed(id)
            ? Task.FromResult<UserTemplate?>(null)
            : _database.ReadAsync(
                async connection =>
                {
                    await using var command = connection.Command(
                        "SELECT id, user_id, name, model_id, mode_id, input_json, created_at FROM user_templates WHERE id = $id AND user_id = $user",
                        null,
                        ("$id", id), ("$user", userId));
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
                },
                cancellationToken);

    /// <summary>Saves a template unless the name is taken or the user is at the limit (checked in the same transaction).</summary>
    /// <param name="userId">The owner.</param>
    /// <param name="name">A clean name (see <see cref="TemplateNames"/>).</param>
    /// <param name="modelId">The model.</param>
    /// <param name="modeId">The mode.</param>
    /// <param name="inputJson">The parameters.</param>
    /// <param name="sourceOrder">The order it came from, if any.</param>
    /// <param name="limit">The most templates a user may have.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The outcome and, when saved, the new id.</returns>
    public Task<(SaveTemplateOutcome Outcome, string? Id)> SaveAsync(long userId, string name, string modelId, string modeId, string inputJson, string? sourceOrder, int limit, CancellationToken cancellationToken = default)
    {
        var key = TemplateNames.Key(name);
        var id = RandomNumberGenerator.GetString(Alphabet, IdLength);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        return _database.WriteAsync<(SaveTemplateOutcome, string?)>(
            async (connection, transaction) =>
            {
                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM user_templates WHERE user_id = $user AND name_key = $key", transaction, ("$user", userId), ("$key", key)).ConfigureAwait(false) > 0)
                {
                    return (SaveTemplateOutcome.Duplicate, null);
                }

                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM user_templates WHERE user_id = $user", transaction, ("$user", userId)).ConfigureAwait(false) >= limit)
                {
                    return (SaveTemplateOutcome.TooMany, null);
                }

                await connection.ExecuteAsync(
                    "INSERT INTO user_templates (id, user_id, name, name_key, model_id, mode_id, input_json, source_order, created_at) " +
                    "VALUES ($id, $user, $name, $key, $model, $mode, $input, $source, $now)",
                    transaction,
                    ("$id", id), ("$user", userId), ("$name", name), ("$key", key), ("$model", modelId), ("$mode", modeId),
                    ("$input", inputJson), ("$source", sourceOrder), ("$now", now)).ConfigureAwait(false);
                return (SaveTemplateOutcome.Saved, id);
            },
            cancellationToken);
    }

    /// <summary>Deletes one of the user's templates.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it existed and was the user's.</returns>
    public async Task<bool> DeleteAsync(long userId, string id, CancellationToken cancellationToken = default) =>
        IsWellFormed(id) && await _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync("DELETE FROM user_templates WHERE id = $id AND user_id = $user", transaction, ("$id", id), ("$user", userId)),
            cancellationToken).ConfigureAwait(false) == 1;

    private static UserTemplate Read(Microsoft.Data.Sqlite.SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));
}
