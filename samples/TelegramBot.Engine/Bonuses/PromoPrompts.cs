using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Users who pressed "Enter promo code": their next plain text is taken as the code. Kept in the database (a restart
/// keeps the question open) and short-lived, and dropped by any command or other button.
/// </summary>
public sealed class PromoPrompts
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public PromoPrompts(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Opens the question for a user.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task OpenAsync(long userId, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "INSERT INTO bonus_prompts (user_id, expires_at) VALUES ($user, $expires) ON CONFLICT (user_id) DO UPDATE SET expires_at = excluded.expires_at",
                transaction,
                ("$user", userId), ("$expires", (_time.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds())),
            cancellationToken);

    /// <summary>Closes the question; true when one was open and not expired (so the text was the answer).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when a question was open.</returns>
    public async Task<bool> CloseAsync(long userId, CancellationToken cancellationToken = default)
    {
        // A read first: almost every message has no open question, and reads do not queue behind writers.
        var expires = await _database.ReadAsync(connection => connection.ScalarAsync<long?>("SELECT expires_at FROM bonus_prompts WHERE user_id = $user", null, ("$user", userId)), cancellationToken).ConfigureAwait(false);
        if (expires is null)
        {
            return false;
        }

        await _database.WriteAsync((connection, transaction) => connection.ExecuteAsync("DELETE FROM bonus_prompts WHERE user_id = $user", transaction, ("$user", userId)), cancellationToken).ConfigureAwait(false);
        return expires.Value > _time.GetUtcNow().ToUnixTimeMilliseconds();
    }
}
