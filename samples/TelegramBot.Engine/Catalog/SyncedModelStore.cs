using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk.Catalog;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>A model found by a sync, as its override writer gave it, before it is stored.</summary>
/// <param name="ModelId">The catalog id.</param>
/// <param name="ApiModel">The API model id.</param>
/// <param name="BaseJson">The model's override object.</param>
public sealed record FoundModel(string ModelId, string ApiModel, string BaseJson);

/// <summary>The <c>catalog_models</c> and <c>catalog_sync_state</c> tables.</summary>
public sealed class SyncedModelStore
{
    private const string Columns = "model_id, api_model, short_key, base_json, category, credits, enabled, created_at";

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public SyncedModelStore(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The short key of a model id (10 hex characters of its hash: same id, same key).</summary>
    /// <param name="modelId">The catalog id.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string modelId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(modelId.ToUpperInvariant())))[..10];

    /// <summary>Stores found models that are not stored yet (matched by API model id); the others are left as they are.</summary>
    /// <param name="found">The models.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The models stored now.</returns>
    public Task<IReadOnlyList<SyncedModel>> AddAsync(IReadOnlyList<FoundModel> found, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        var now = _time.GetUtcNow();
        return _database.WriteAsync<IReadOnlyList<SyncedModel>>(async (connection, transaction) =>
        {
            var added = new List<SyncedModel>();
            foreach (var model in found)
            {
                var key = KeyOf(model.ModelId);
                var inserted = await connection.ExecuteAsync(
                    "INSERT INTO catalog_models (model_id, api_model, short_key, base_json, enabled, created_at, updated_at) " +
                    "VALUES ($id, $api, $key, $json, 0, $now, $now) ON CONFLICT DO NOTHING",
                    transaction,
                    ("$id", model.ModelId),
                    ("$api", model.ApiModel),
                    ("$key", key),
                    ("$json", model.BaseJson),
                    ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false);
                if (inserted == 1)
                {
                    added.Add(new SyncedModel(model.ModelId, model.ApiModel, key, model.BaseJson, null, null, false, now));
                }
            }

            return added;
        }, cancellationToken);
    }

    /// <summary>Every stored model, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The models.</returns>
    public Task<IReadOnlyList<SyncedModel>> ListAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<SyncedModel>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM catalog_models ORDER BY created_at, model_id", null);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Finds a stored model by catalog id (case-insensitive), API model id or short key.</summary>
    /// <param name="idOrKey">What to look for.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The model, or <see langword="null"/>.</returns>
    public Task<SyncedModel?> FindAsync(string idOrKey, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(async connection =>
        {
            await using var command = connection.Command(
                $"SELECT {Columns} FROM catalog_models WHERE model_id = $value OR api_model = $value OR short_key = $value LIMIT 1", null, ("$value", idOrKey.Trim()));
            return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    /// <summary>Changes what an admin supplies; <see langword="null"/> arguments leave the stored value.</summary>
    /// <param name="modelId">The catalog id.</param>
    /// <param name="category">The new category.</param>
    /// <param name="credits">The new credits per generation.</param>
    /// <param name="enabled">Whether it is on sale.</param>
    /// <param name="adminId">Who changed it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The model as stored now, or <see langword="null"/> when it is not stored.</returns>
    public Task<SyncedModel?> UpdateAsync(string modelId, KieModelCategory? category, decimal? credits, bool? enabled, long adminId, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                "UPDATE catalog_models SET category = COALESCE($category, category), credits = COALESCE($credits, credits), " +
                "enabled = COALESCE($enabled, enabled), updated_at = $now, updated_by = $admin WHERE model_id = $id",
                transaction,
                ("$category", category is { } chosen ? CategoryCodes.Code(chosen) : null),
                ("$credits", credits?.ToString(CultureInfo.InvariantCulture)),
                ("$enabled", enabled is { } on ? (on ? 1 : 0) : null),
                ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds()),
                ("$admin", adminId),
                ("$id", modelId)).ConfigureAwait(false);
            await using var command = connection.Command($"SELECT {Columns} FROM catalog_models WHERE model_id = $id", transaction, ("$id", modelId));
            return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    /// <summary>Reads a named sync value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public Task<string?> GetStateAsync(string name, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(connection => connection.ScalarAsync<string>("SELECT value FROM catalog_sync_state WHERE name = $name", null, ("$name", name)), cancellationToken);

    /// <summary>Writes a named sync value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task SetStateAsync(string name, string value, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO catalog_sync_state (name, value, updated_at) VALUES ($name, $value, $now) ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                transaction,
                ("$name", name),
                ("$value", value),
                ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds())),
            cancellationToken);

    private static async Task<IReadOnlyList<SyncedModel>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var models = new List<SyncedModel>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            KieModelCategory? category = !reader.IsDBNull(4) && CategoryCodes.TryParse(reader.GetString(4), out var read) ? read : null;
            decimal? credits = reader.IsDBNull(5) ? null : decimal.Parse(reader.GetString(5), NumberStyles.Number, CultureInfo.InvariantCulture);
            models.Add(new SyncedModel(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                category,
                credits,
                reader.GetInt64(6) == 1,
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return models;
    }
}
