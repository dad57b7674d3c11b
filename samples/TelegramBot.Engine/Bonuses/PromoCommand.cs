using System.Globalization;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>The arguments of <c>/promo_new CODE AMOUNT MAX_USES EXPIRES BONUS_DAYS</c>.</summary>
/// <param name="Code">The normalised code.</param>
/// <param name="Amount">The bonus in major units.</param>
/// <param name="MaxUses">The usage cap.</param>
/// <param name="ExpiresAt">When it stops being redeemable.</param>
/// <param name="BonusDays">How long a redeemed bonus lasts.</param>
public sealed record PromoCommand(string Code, decimal Amount, int MaxUses, DateTimeOffset ExpiresAt, int BonusDays)
{
    /// <summary>Parses the arguments; null when they are not valid (the caller shows the usage).</summary>
    /// <param name="arguments">The text after the command.</param>
    /// <param name="now">The time (for <c>30d</c>; a past date is refused).</param>
    /// <returns>The command, or null.</returns>
    public static PromoCommand? TryParse(string arguments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 5
            || PromoCodes.Normalize(parts[0]) is not { } code
            || !decimal.TryParse(parts[1].Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var maxUses) || maxUses <= 0
            || !TryParseExpiry(parts[3], now, out var expires) || expires <= now
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is <= 0 or > 3650)
        {
            return null;
        }

        return new PromoCommand(code, amount, maxUses, expires, days);
    }

    private static bool TryParseExpiry(string text, DateTimeOffset now, out DateTimeOffset expires)
    {
        expires = default;
        if (text.EndsWith('d') && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650)
        {
            expires = now.AddDays(days);
            return true;
        }

        // A date means "valid through that day" (UTC): it expires at the next midnight.
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            expires = new DateTimeOffset(date.Date.AddDays(1), TimeSpan.Zero);
            return true;
        }

        return false;
    }
}
