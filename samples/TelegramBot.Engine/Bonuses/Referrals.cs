using System.Security.Cryptography;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Referral codes and who invited whom. Each user gets one stable, random code on first request; <c>/start ref_&lt;code&gt;</c>
/// from a user with no orders and no inviter yet records the inviter (self-referral and unknown codes change nothing).
/// The bonuses themselves are credited by <see cref="ReferralBonusObserver"/>.
/// </summary>
public sealed class Referrals
{
    /// <summary>The prefix of a referral start parameter.</summary>
    public const string StartPrefix = "ref_";

    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int CodeLength = 8;

    private readonly BotDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="time">The clock.</param>
    public Referrals(BotDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The user's referral code, created once.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The code.</returns>
    public async Task<string> CodeForAsync(long userId, CancellationToken cancellationToken = default)
    {
        var existing = await _database.ReadAsync(connection => connection.ScalarAsync<string>("SELECT code FROM referral_codes WHERE user_id = $user", null, ("$user", userId)), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        return await _database.WriteAsync(
            async (connection, transaction) =>
            {
                while (true)
                {
                    var code = RandomNumberGenerator.GetString(Alphabet, CodeLength);
                    await connection.ExecuteAsync(
                        "INSERT INTO referral_codes (user_id, code, created_at) VALUES ($user, $code, $now) ON CONFLICT DO NOTHING",
                        transaction,
                        ("$user", userId), ("$code", code), ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds())).ConfigureAwait(false);

                    // Either ours went in, or the user already had one (a parallel request): both are read back; a rare
                    // collision with another user's code leaves nothing and draws again.
                    if (await connection.ScalarAsync<string>("SELECT code FROM referral_codes WHERE user_id = $user", transaction, ("$user", userId)).ConfigureAwait(false) is { } stored)
                    {
                        return stored;
                    }
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that <paramref name="inviteeId"/> came by <paramref name="code"/>'s link, when allowed.</summary>
    /// <param name="inviteeId">The new user.</param>
    /// <param name="code">The code from <c>/start ref_&lt;code&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What happened.</returns>
    public Task<ReferralOutcome> RecordAsync(long inviteeId, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = code.Trim().ToLowerInvariant();
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var inviter = await connection.ScalarAsync<long?>("SELECT user_id FROM referral_codes WHERE code = $code", transaction, ("$code", normalized)).ConfigureAwait(false);
                if (inviter is not { } inviterId)
                {
                    return ReferralOutcome.UnknownCode;
                }

                if (inviterId == inviteeId)
                {
                    return ReferralOutcome.SelfReferral;
                }

                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM referrals WHERE invitee_id = $user", transaction, ("$user", inviteeId)).ConfigureAwait(false) > 0)
                {
                    return ReferralOutcome.AlreadyReferred;
                }

                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE user_id = $user", transaction, ("$user", inviteeId)).ConfigureAwait(false) > 0)
                {
                    return ReferralOutcome.NotNew;
                }

                await connection.ExecuteAsync(
                    "INSERT INTO referrals (invitee_id, inviter_id, created_at) VALUES ($invitee, $inviter, $now)",
                    transaction,
                    ("$invitee", inviteeId), ("$inviter", inviterId), ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds())).ConfigureAwait(false);
                return ReferralOutcome.Recorded;
            },
            cancellationToken);
    }

    /// <summary>How many users a user invited, and how many of them were credited.</summary>
    /// <param name="inviterId">The inviter.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The counts.</returns>
    public Task<(long Invited, long Credited)> CountsAsync(long inviterId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection => (
                await connection.ScalarAsync<long>("SELECT COUNT(*) FROM referrals WHERE inviter_id = $user", null, ("$user", inviterId)).ConfigureAwait(false),
                await connection.ScalarAsync<long>("SELECT COUNT(*) FROM referrals WHERE inviter_id = $user AND credited_at IS NOT NULL", null, ("$user", inviterId)).ConfigureAwait(false)),
            cancellationToken);
}

/// <summary>What <see cref="Referrals.RecordAsync"/> did.</summary>
public enum ReferralOutcome
{
    /// <summary>The inviter was recorded.</summary>
    Recorded,

    /// <summary>No user has this code.</summary>
    UnknownCode,

    /// <summary>The user's own code.</summary>
    SelfReferral,

    /// <summary>The user already has an inviter.</summary>
    AlreadyReferred,

    /// <summary>The user has ordered before (not a new user).</summary>
    NotNew,
}
