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
        account.StartsWith("user:", StringComparison.Ordinal) || account.StartsWith("held:", StringComparison.Ordinal);
}
