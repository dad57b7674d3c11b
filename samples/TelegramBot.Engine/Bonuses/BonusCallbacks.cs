namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>The bonuses feature's callback data (short ASCII, far under the 64-byte limit).</summary>
public static class BonusCallbacks
{
    /// <summary>Invite friends (shows the referral link).</summary>
    public const string Invite = "bonus:invite";

    /// <summary>Enter promo code (asks for it).</summary>
    public const string EnterPromo = "bonus:promo";
}
