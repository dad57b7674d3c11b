using System.Globalization;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>
/// Turns Stars into money of the pricing currency: <see cref="StarsOptions.MoneyPerStar"/> per Star, plus a pack's
/// bonus, rounded down to a whole minor unit (the bot never promises a fraction of a kopeck).
/// </summary>
public sealed class TopUpRates
{
    private readonly StarsOptions _options;
    private readonly PriceCalculator _money;

    /// <summary>Creates the rates and checks that every pack credits at least one minor unit.</summary>
    /// <param name="options">The Stars options.</param>
    /// <param name="money">The price calculator (currency and conversion).</param>
    /// <exception cref="InvalidOperationException">A pack would credit nothing at the configured rate.</exception>
    public TopUpRates(StarsOptions options, PriceCalculator money)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(money);
        _options = options;
        _money = money;
        var worthless = options.Packs.Where(pack => CreditFor(pack) <= 0).Select(pack => pack.Stars.ToString(CultureInfo.InvariantCulture)).ToList();
        if (worthless.Count > 0)
        {
            throw new InvalidOperationException(
                $"Stars configuration is invalid: Stars:MoneyPerStar ({options.MoneyPerStar.ToString(CultureInfo.InvariantCulture)} {money.Currency}) credits less than one minor unit for the pack(s) of {string.Join(", ", worthless)} Stars.");
        }
    }

    /// <summary>The options behind the rates.</summary>
    public StarsOptions Options => _options;

    /// <summary>The money a pack credits, bonus included, in minor units.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>Minor units.</returns>
    public long CreditFor(StarsPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return ToMinorRoundedDown(pack.Stars * _options.MoneyPerStar * (1m + (pack.BonusPercent / 100m)));
    }

    /// <summary>The money <paramref name="stars"/> buy at the base rate, without any bonus (payments with no matching invoice).</summary>
    /// <param name="stars">Whole Stars.</param>
    /// <returns>Minor units (0 for no Stars).</returns>
    public long CreditForStars(long stars) => stars <= 0 ? 0 : ToMinorRoundedDown(stars * _options.MoneyPerStar);

    /// <summary>Writes minor units for people (<c>10500</c> → <c>105 ₽</c>).</summary>
    /// <param name="minorUnits">The amount.</param>
    /// <returns>The text.</returns>
    public string Format(long minorUnits) => _money.FormatMinorUnits(minorUnits);

    /// <summary>The pricing currency's code (stored with each invoice).</summary>
    public string Currency => _money.Currency;

    private long ToMinorRoundedDown(decimal amount) =>
        _money.ToMinorUnits(Math.Round(amount, _money.MinorUnitDigits, MidpointRounding.ToZero));
}
