using System.Globalization;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Promo codes managed by admins. A redemption grants a bonus lot (<c>promo:&lt;CODE&gt;:&lt;userId&gt;</c>); the code's
/// existence, state, expiry, usage cap and the one-use-per-user rule are all checked in the same write transaction that
/// records the redemption and moves the money, so two parallel redemptions of the last use cannot both win.
/// </summary>
public sealed class PromoCodes
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxCodeLength = 32;

    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly TimeProvider _time;
    private readonly BonusExpirySignal? _expiry;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="time">The clock.</param>
    /// <param name="expiry">Told about granted lots (so their expiry is watched).</param>
    public PromoCodes(BotDatabase database, Ledger ledger, TimeProvider time, BonusExpirySignal? expiry = null)
    {
        _expiry = expiry;
        _database = database;
        _ledger = ledger;
        _time = time;
    }

    /// <summary>Normalises a code as typed (upper case); null when it cannot be a code.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code, or null.</returns>
    public static string? Normalize(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: >= 3 and <= MaxCodeLength } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? code : null;
    }

    /// <summary>Creates a code; false when it exists already.</summary>
    /// <param name="code">The code (normalised).</param>
    /// <param name="amount">The bonus in minor units.</param>
    /// <param name="maxUses">How many users may redeem it.</param>
    /// <param name="expiresAt">When it stops being redeemable.</param>
    /// <param name="bonusDays">How long a redeemed bonus lasts.</param>
    /// <param name="adminId">Who created it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when created.</returns>
    public Task<bool> CreateAsync(string code, long amount, int maxUses, DateTimeOffset expiresAt, int bonusDays, long adminId, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                "INSERT INTO promo_codes (code, amount, max_uses, expires_at, bonus_days, created_by, created_at) " +
                "VALUES ($code, $amount, $max, $expires, $days, $admin, $now) ON CONFLICT (code) DO NOTHING",
                transaction,
                ("$code", code), ("$amount", amount), ("$max", maxUses), ("$expires", expiresAt.ToUnixTimeMilliseconds()),
                ("$days", bonusDays), ("$admin", adminId), ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds())).ConfigureAwait(false) == 1,
            cancellationToken);

    /// <summary>Disables a code (redemptions stop; granted bonuses stay); false when there is no such code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when it exists.</returns>
    public Task<bool> DisableAsync(string code, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                "UPDATE promo_codes SET disabled_at = COALESCE(disabled_at, $now) WHERE code = $code",
                transaction,
                ("$code", code), ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds())).ConfigureAwait(false) == 1,
            cancellationToken);

    /// <summary>Every code with its usage, newest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The codes.</returns>
    public Task<IReadOnlyList<PromoCodeInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<PromoCodeInfo>>(
            async connection =>
            {
                var codes = new List<PromoCodeInfo>();
                await using var command = connection.Command(
                    "SELECT p.code, p.amount, p.max_uses, p.expires_at, p.bonus_days, p.disabled_at IS NOT NULL, " +
                    "(SELECT COUNT(*) FROM promo_redemptions r WHERE r.code = p.code) FROM promo_codes p ORDER BY p.created_at DESC, p.code",
                    null);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    codes.Add(new PromoCodeInfo(
                        reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                        reader.GetInt32(4), reader.GetBoolean(5), reader.GetInt32(6)));
                }

                return codes;
            },
            cancellationToken);

    /// <summary>Redeems a code for a user: all rules checked, redemption recorded and the bonus lot granted in one transaction.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="code">The code as typed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What happened (with the bonus and its expiry when redeemed).</returns>
    public async Task<PromoRedemption> RedeemAsync(long userId, string code, CancellationToken cancellationToken = default)
    {
        var result = await RedeemCoreAsync(userId, code, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == PromoOutcome.Redeemed)
        {
            _expiry?.Wake();
        }

        return result;
    }

    private Task<PromoRedemption> RedeemCoreAsync(long userId, string code, CancellationToken cancellationToken)
    {
        var normalized = Normalize(code);
        if (normalized is null)
        {
            return Task.FromResult(new PromoRedemption(PromoOutcome.Unknown, 0, default));
        }

        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                long amount;
                int maxUses;
                long expiresAt;
                int bonusDays;
                bool disabled;
                await using (var command = connection.Command(
                    "SELECT amount, max_uses, expires_at, bonus_days, disabled_at IS NOT NULL FROM promo_codes WHERE code = $code", transaction, ("$code", normalized)))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return new PromoRedemption(PromoOutcome.Unknown, 0, default);
                    }

                    (amount, maxUses, expiresAt, bonusDays, disabled) = (reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetBoolean(4));
                }

                var now = _time.GetUtcNow();
                if (disabled)
                {
                    return new PromoRedemption(PromoOutcome.Unknown, 0, default);
                }

                if (await connection.ScalarAsync<long>(
                        "SELECT COUNT(*) FROM promo_redemptions WHERE code = $code AND user_id = $user", transaction, ("$code", normalized), ("$user", userId)).ConfigureAwait(false) > 0)
                {
                    return new PromoRedemption(PromoOutcome.AlreadyUsed, 0, default);
                }

                if (now.ToUnixTimeMilliseconds() >= expiresAt)
                {
                    return new PromoRedemption(PromoOutcome.Expired, 0, default);
                }

                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM promo_redemptions WHERE code = $code", transaction, ("$code", normalized)).ConfigureAwait(false) >= maxUses)
                {
                    return new PromoRedemption(PromoOutcome.UsedUp, 0, default);
                }

                await connection.ExecuteAsync(
                    "INSERT INTO promo_redemptions (code, user_id, redeemed_at) VALUES ($code, $user, $now)",
                    transaction,
                    ("$code", normalized), ("$user", userId), ("$now", now.ToUnixTimeMilliseconds())).ConfigureAwait(false);
                var lotExpiry = now.AddDays(bonusDays);
                var lot = new BonusLot($"promo:{normalized}:{userId.ToString(CultureInfo.InvariantCulture)}", userId, amount, "promo", now, lotExpiry);
                if (!await BonusLots.GrantAsync(_ledger, connection, transaction, lot).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"Promo lot {lot.Id} existed without its redemption.");
                }

                return new PromoRedemption(PromoOutcome.Redeemed, amount, lotExpiry);
            },
            cancellationToken);
    }
}

/// <summary>A promo code with its usage.</summary>
/// <param name="Code">The code.</param>
/// <param name="Amount">The bonus in minor units.</param>
/// <param name="MaxUses">The usage cap.</param>
/// <param name="ExpiresAt">When it stops being redeemable.</param>
/// <param name="BonusDays">How long a redeemed bonus lasts.</param>
/// <param name="Disabled">Whether an admin disabled it.</param>
/// <param name="Uses">How many users redeemed it.</param>
public sealed record PromoCodeInfo(string Code, long Amount, int MaxUses, DateTimeOffset ExpiresAt, int BonusDays, bool Disabled, int Uses);

/// <summary>What redeeming a code did.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Amount">The bonus granted (minor units), when redeemed.</param>
/// <param name="BonusExpiresAt">When the granted bonus expires, when redeemed.</param>
public sealed record PromoRedemption(PromoOutcome Outcome, long Amount, DateTimeOffset BonusExpiresAt);

/// <summary>The outcome of a redemption.</summary>
public enum PromoOutcome
{
    /// <summary>The bonus was granted.</summary>
    Redeemed,

    /// <summary>No such code (or it was disabled).</summary>
    Unknown,

    /// <summary>The code has expired.</summary>
    Expired,

    /// <summary>Every use of the code is taken.</summary>
    UsedUp,

    /// <summary>This user redeemed it before.</summary>
    AlreadyUsed,
}
