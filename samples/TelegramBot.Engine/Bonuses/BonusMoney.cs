using System.Globalization;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>The configured bonus amounts in minor units, and how bonus money and expiry dates are written.</summary>
public sealed class BonusMoney
{
    private readonly PriceCalculator _prices;

    /// <summary>Creates the money helper.</summary>
    /// <param name="prices">Converts and formats money in the pricing currency.</param>
    /// <param name="options">The bonus settings.</param>
    public BonusMoney(PriceCalculator prices, BonusOptions options)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(options);
        _prices = prices;
        InviterBonus = prices.ToMinorUnits(options.Referral.InviterBonus);
        InviteeBonus = prices.ToMinorUnits(options.Referral.InviteeBonus);
    }

    /// <summary>The inviter's referral bonus, in minor units.</summary>
    public long InviterBonus { get; }

    /// <summary>The invited user's referral bonus, in minor units.</summary>
    public long InviteeBonus { get; }

    /// <summary>Formats minor units (<c>50 ₽</c>).</summary>
    /// <param name="minorUnits">The amount.</param>
    /// <returns>The text.</returns>
    public string Format(long minorUnits) => _prices.FormatMinorUnits(minorUnits);

    /// <summary>Converts major units from a command to minor units; false for fractions of a minor unit or non-positive amounts.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="minorUnits">The result.</param>
    /// <returns>True when valid.</returns>
    public bool TryToMinor(decimal amount, out long minorUnits)
    {
        try
        {
            minorUnits = _prices.ToMinorUnits(amount);
            return minorUnits > 0;
        }
        catch (Exception error) when (error is ArgumentException or OverflowException)
        {
            minorUnits = 0;
            return false;
        }
    }

    /// <summary>Writes an expiry date (UTC day) for a user.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="language">The user's language.</param>
    /// <returns>The text.</returns>
    public string FormatDate(DateTimeOffset instant, BotLanguage language) =>
        instant.UtcDateTime.ToString(language == BotLanguage.Ru ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
