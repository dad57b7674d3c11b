using System.Globalization;

namespace Kie.Samples.TelegramBot.Money;

/// <summary>
/// Account names. From the bot's books a user's money is a liability (it owes the user generations), Stars received are
/// the asset that backs it, captured prices are revenue, and free money the bot hands out is an expense; system
/// accounts therefore run negative as the sources of what users hold.
/// </summary>
public static class LedgerAccounts
{
    /// <summary>Stars top-ups received (the source of paid money).</summary>
    public const string StarsReceived = "system:stars";

    /// <summary>Prices of delivered generations.</summary>
    public const string Revenue = "system:revenue";

    /// <summary>Money given away: welcome bonuses, promotions.</summary>
    public const string Promotions = "system:promotions";

    /// <summary>Manual corrections by admins.</summary>
    public const string Adjustments = "system:adjustments";

    /// <summary>Money refunded to payers (Stars refunds).</summary>
    public const string Refunds = "system:refunds";

    /// <summary>
    /// Bonus money that was spent on delivered generations: an expense of the promotion (the bonus was free money), not
    /// revenue.
    /// </summary>
    public const string BonusSpent = "system:bonus-spent";

    /// <summary>
    /// A user's bonus money (promo codes, referral bonuses): kept apart from paid money because it expires and is spent
    /// first. Fed from <see cref="Promotions"/>; which grant ("lot") each unit belongs to is tracked by the bonuses
    /// feature's <c>bonus_lots</c> table.
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <returns>The account name.</returns>
    public static string Bonus(long userId) => "bonus:" + userId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A user's bonus money reserved for running orders (returned to <see cref="Bonus"/> on release).</summary>
    /// <param name="userId">The user.</param>
    /// <returns>The account name.</returns>
    public static string BonusHeld(long userId) => "bonusheld:" + userId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A user's spendable balance.</summary>
    /// <param name="userId">The user.</param>
    /// <returns>The account name.</returns>
    public static string Available(long userId) => "user:" + userId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A user's money reserved for running orders.</summary>
    /// <param name="userId">The user.</param>
    /// <returns>The account name.</returns>
    public static string Held(long userId) => "held:" + userId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether an account belongs to a user (and so may never go negative).</summary>
    /// <param name="account">The account name.</param>
    /// <returns>True for user accounts.</returns>
    public static bool IsUserAccount(string account) =>
        account.StartsWith("user:", StringComparison.Ordinal) || account.StartsWith("held:", StringComparison.Ordinal)
        || account.StartsWith("bonus:", StringComparison.Ordinal) || account.StartsWith("bonusheld:", StringComparison.Ordinal);
}
