using System.Globalization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// The daily free allowance: a few free generations a day on the cheapest models. A free order has price 0 (nothing is
/// reserved) and a row in <c>bonus_free_uses</c> with its local day; it counts against that day's allowance unless it
/// ends released, so a failed free generation gives the allowance back. The day turns at midnight in the configured
/// time zone.
/// </summary>
public sealed class DailyFreeAllowance
{
    private readonly BotDatabase _database;
    private readonly TimeProvider _time;
    private readonly DailyFreeOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly (string ModelId, string? ModeId)[] _models;

    /// <summary>Creates the allowance.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    /// <param name="options">The bonus settings (validated at start-up).</param>
    public DailyFreeAllowance(BotDatabase database, TimeProvider time, BonusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _time = time;
        _options = options.DailyFree;
        DailyFreeOptions.TryFindZone(_options.TimeZone, out _zone);
        _models = _options.EffectiveModels.Select(DailyFreeOptions.Split).ToArray();
    }

    /// <summary>Free generations per user per day.</summary>
    public int PerDay => _options.Count;

    /// <summary>Whether a model and mode take part in the allowance.</summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <returns>True when eligible (and the allowance is on).</returns>
    public bool IsEligible(string modelId, string modeId) =>
        _options.Count > 0 && _models.Any(entry =>
            string.Equals(entry.ModelId, modelId, StringComparison.OrdinalIgnoreCase)
            && (entry.ModeId is null || string.Equals(entry.ModeId, modeId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The local day (<c>yyyy-MM-dd</c> in the configured zone) of an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The day.</returns>
    public string LocalDay(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How many free generations the user has left today on this model, or null when it is not eligible.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="modelId">The model.</param>
    /// <param name="modeId">The mode.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number left, or null.</returns>
    public async Task<int?> RemainingAsync(long userId, string modelId, string modeId, CancellationToken cancellationToken = default)
    {
        if (!IsEligible(modelId, modeId))
        {
            return null;
        }

        var day = LocalDay(_time.GetUtcNow());
        var used = await _database.ReadAsync(connection => UsedAsync(connection, null, userId, day), cancellationToken).ConfigureAwait(false);
        return Math.Max(0, _options.Count - used);
    }

    /// <summary>
    /// Inside the placing transaction: when the model is eligible and today's allowance is not used up, records this order
    /// as free and returns true (the caller then reserves nothing and stores price 0).
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The new order.</param>
    /// <param name="modelId">The model.</param>
    /// <param name="modeId">The mode.</param>
    /// <returns>True when the order is free.</returns>
    public async Task<bool> TryUseAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string orderId, string modelId, string modeId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsEligible(modelId, modeId))
        {
            return false;
        }

        var now = _time.GetUtcNow();
        var day = LocalDay(now);
        if (await UsedAsync(connection, transaction, userId, day).ConfigureAwait(false) >= _options.Count)
        {
            return false;
        }

        await connection.ExecuteAsync(
            "INSERT INTO bonus_free_uses (order_id, user_id, local_day, model_id, mode_id, created_at) VALUES ($order, $user, $day, $model, $mode, $now)",
            transaction,
            ("$order", orderId), ("$user", userId), ("$day", day), ("$model", modelId), ("$mode", modeId), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether an order was placed free.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="orderId">The order.</param>
    /// <returns>True when free.</returns>
    public static async Task<bool> IsFreeAsync(SqliteConnection connection, SqliteTransaction? transaction, string orderId) =>
        await connection.ScalarAsync<long>("SELECT COUNT(*) FROM bonus_free_uses WHERE order_id = $order", transaction, ("$order", orderId)).ConfigureAwait(false) > 0;

    private static async Task<int> UsedAsync(SqliteConnection connection, SqliteTransaction? transaction, long userId, string day) =>
        (int)await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM bonus_free_uses f WHERE f.user_id = $user AND f.local_day = $day " +
            "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = f.order_id AND o.state = 'released')",
            transaction,
            ("$user", userId), ("$day", day)).ConfigureAwait(false);
}
