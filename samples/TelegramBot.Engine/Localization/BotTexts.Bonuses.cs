namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The bonuses feature's strings: bonus balance, daily free generations, referrals, promo codes and their admin commands.</summary>
public sealed partial class BotTexts
{
    /// <summary>The bonus line of the balance screen.</summary>
    /// <param name="total">The spendable bonus money.</param>
    /// <param name="nearest">What expires first.</param>
    /// <param name="date">When it expires.</param>
    /// <returns>The text.</returns>
    public string BonusBalanceLine(string total, string nearest, string date) => T(
        $"🎁 Bonus: {total} (spent first; {nearest} expires {date})",
        $"🎁 Бонусы: {total} (тратятся первыми; {nearest} сгорает {date})");

    /// <summary>The Invite friends button.</summary>
    public string ButtonInviteFriends => T("👥 Invite friends", "👥 Пригласить друзей");

    /// <summary>The Enter promo code button.</summary>
    public string ButtonEnterPromo => T("🎟 Enter promo code", "🎟 Ввести промокод");

    /// <summary>The Back to balance button.</summary>
    public string ButtonBackToBalance => T("⬅️ Balance", "⬅️ Баланс");

    /// <summary>The invite screen.</summary>
    /// <param name="link">The link or the <c>/start ref_…</c> text.</param>
    /// <param name="inviterBonus">What the inviter gets.</param>
    /// <param name="inviteeBonus">What the friend gets.</param>
    /// <param name="days">How long the bonus lasts.</param>
    /// <param name="invited">How many came by the link.</param>
    /// <param name="credited">How many of them earned the bonus.</param>
    /// <returns>The text.</returns>
    public string InviteScreen(string link, string inviterBonus, string inviteeBonus, int days, long invited, long credited) => T(
        $"👥 Invite friends\n\nShare this link:\n{link}\n\nWhen a friend who joined by it pays for their first generation, you get {inviterBonus} and they get {inviteeBonus} in bonus money (valid {days} days).\n\nJoined by your link: {invited} · bonuses earned: {credited}",
        $"👥 Пригласите друзей\n\nПоделитесь ссылкой:\n{link}\n\nКогда друг, пришедший по ней, оплатит первую генерацию, вы получите {inviterBonus}, а он — {inviteeBonus} бонусами (действуют {days} дн.).\n\nПришли по вашей ссылке: {invited} · бонусов получено: {credited}");

    /// <summary>How to use the referral code when the bot's username is not configured.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string InviteWithoutLink(string code) => T(
        $"Ask your friend to send this to the bot:\n/start ref_{code}",
        $"Попросите друга отправить боту:\n/start ref_{code}");

    /// <summary>The inviter's notice when a referral bonus is credited.</summary>
    /// <param name="amount">The bonus.</param>
    /// <param name="expires">When it expires.</param>
    /// <returns>The text.</returns>
    public string ReferralInviterCredited(string amount, string expires) => T(
        $"🎉 A friend you invited made their first paid generation: {amount} bonus added (valid until {expires}).",
        $"🎉 Приглашённый вами друг оплатил первую генерацию: начислено {amount} бонусов (до {expires}).");

    /// <summary>The invited user's notice when a referral bonus is credited.</summary>
    /// <param name="amount">The bonus.</param>
    /// <param name="expires">When it expires.</param>
    /// <returns>The text.</returns>
    public string ReferralInviteeCredited(string amount, string expires) => T(
        $"🎉 Thanks for your first paid generation! As an invited friend you get {amount} bonus (valid until {expires}).",
        $"🎉 Спасибо за первую оплаченную генерацию! Как приглашённый друг вы получаете {amount} бонусов (до {expires}).");

    /// <summary>Asks for a promo code.</summary>
    public string PromoAsk => T("🎟 Send your promo code as a message.", "🎟 Отправьте промокод сообщением.");

    /// <summary>A promo code was redeemed.</summary>
    /// <param name="amount">The bonus.</param>
    /// <param name="expires">When it expires.</param>
    /// <returns>The text.</returns>
    public string PromoRedeemed(string amount, string expires) => T(
        $"✅ Promo code accepted: {amount} bonus added (valid until {expires}). Bonus money is spent before paid money.",
        $"✅ Промокод принят: начислено {amount} бонусов (до {expires}). Бонусы тратятся раньше оплаченных денег.");

    /// <summary>An unknown (or disabled) promo code.</summary>
    /// <param name="code">The code as typed.</param>
    /// <returns>The text.</returns>
    public string PromoUnknown(string code) => T(
        $"❌ There is no promo code “{code}”. Check the spelling and try again.",
        $"❌ Промокода «{code}» нет. Проверьте написание и попробуйте ещё раз.");

    /// <summary>An expired promo code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string PromoExpired(string code) => T($"⌛ Promo code {code} has expired.", $"⌛ Срок действия промокода {code} истёк.");

    /// <summary>A promo code whose uses are all taken.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string PromoUsedUp(string code) => T($"😔 Promo code {code} has been used up.", $"😔 Промокод {code} уже исчерпан.");

    /// <summary>A promo code this user redeemed before.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string PromoAlreadyUsed(string code) => T($"You have already used promo code {code}.", $"Вы уже использовали промокод {code}.");

    /// <summary>The summary line of a free generation.</summary>
    /// <param name="left">Free generations left today, this one included.</param>
    /// <param name="perDay">Free generations per day.</param>
    /// <returns>The text.</returns>
    public string FreeTodayLine(int left, int perDay) => T(
        $"🎁 Free today: this one costs nothing ({left} of {perDay} free left today)",
        $"🎁 Бесплатно сегодня: эта генерация ничего не стоит (осталось {left} из {perDay} на сегодня)");

    /// <summary>The summary line when the day's free generations are used up.</summary>
    /// <param name="perDay">Free generations per day.</param>
    /// <returns>The text.</returns>
    public string FreeUsedUpLine(int perDay) => T(
        $"🎁 Today's {perDay} free generations are used up; the normal price applies until midnight.",
        $"🎁 Сегодняшние {perDay} бесплатные генерации израсходованы; до полуночи действует обычная цена.");

    /// <summary>The summary line of the bonus money an order will use.</summary>
    /// <param name="amount">The bonus used.</param>
    /// <returns>The text.</returns>
    public string BonusUsedLine(string amount) => T($"🎁 Bonus used: {amount}", $"🎁 Будет списано бонусов: {amount}");

    /// <summary>A free order was placed.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="what">Model and mode.</param>
    /// <returns>The text.</returns>
    public string FreeOrderConfirmed(string orderId, string what) => T(
        $"✅ Order {orderId} confirmed: {what}, free today 🎁. I'll post the progress here.",
        $"✅ Заказ {orderId} подтверждён: {what}, бесплатно сегодня 🎁. Прогресс пришлю сюда.");

    /// <summary>The order confirmation's note on the bonus it used.</summary>
    /// <param name="amount">The bonus used.</param>
    /// <returns>The text.</returns>
    public string OrderBonusUsed(string amount) => T($"🎁 Bonus used: {amount}", $"🎁 Списано бонусов: {amount}");

    /// <summary>The usage of the promo code admin command.</summary>
    public string PromoCreateUsage => T(
        "Usage: /promo_new CODE AMOUNT MAX_USES EXPIRES BONUS_DAYS\nEXPIRES: a date (2030-12-31, valid through that day, UTC) or days from now (30d).\nExample: /promo_new SPRING 100 50 30d 14",
        "Формат: /promo_new КОД СУММА МАКС_ИСПОЛЬЗОВАНИЙ СРОК ДНЕЙ_БОНУСА\nСРОК: дата (2030-12-31, включительно, UTC) или дни от сегодня (30d).\nПример: /promo_new SPRING 100 50 30d 14");

    /// <summary>A promo code was created.</summary>
    /// <param name="code">The code.</param>
    /// <param name="amount">The bonus.</param>
    /// <param name="maxUses">The usage cap.</param>
    /// <param name="expires">When it stops being redeemable.</param>
    /// <param name="days">How long a redeemed bonus lasts.</param>
    /// <returns>The text.</returns>
    public string PromoCreated(string code, string amount, int maxUses, string expires, int days) => T(
        $"✅ Promo code {code}: {amount} bonus, up to {maxUses} users, redeemable until {expires}, bonus valid {days} days.",
        $"✅ Промокод {code}: {amount} бонусов, до {maxUses} пользователей, действует до {expires}, бонус живёт {days} дн.");

    /// <summary>A promo code with that name exists.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string PromoExists(string code) => T($"Promo code {code} already exists.", $"Промокод {code} уже существует.");

    /// <summary>No promo codes yet.</summary>
    public string PromoListEmpty => T("No promo codes yet. Create one with /promo_new.", "Промокодов пока нет. Создайте: /promo_new.");

    /// <summary>Above the promo code list.</summary>
    public string PromoListHeader => T("🎟 Promo codes (uses / cap):", "🎟 Промокоды (использовано / лимит):");

    /// <summary>One promo code in the admin list.</summary>
    /// <param name="code">The code.</param>
    /// <param name="amount">The bonus.</param>
    /// <param name="uses">Redemptions so far.</param>
    /// <param name="maxUses">The cap.</param>
    /// <param name="expires">When it stops being redeemable.</param>
    /// <param name="state">Active, expired or disabled.</param>
    /// <returns>The text.</returns>
    public string PromoListLine(string code, string amount, int uses, int maxUses, string expires, string state) => T(
        $"• {code}: {amount}, {uses}/{maxUses}, until {expires} — {state}",
        $"• {code}: {amount}, {uses}/{maxUses}, до {expires} — {state}");

    /// <summary>State of an active code.</summary>
    public string PromoStateActive => T("active", "активен");

    /// <summary>State of an expired code.</summary>
    public string PromoStateExpired => T("expired", "истёк");

    /// <summary>State of a disabled code.</summary>
    public string PromoStateDisabled => T("disabled", "отключён");

    /// <summary>A promo code was disabled.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string PromoDisabled(string code) => T($"Promo code {code} is disabled; bonuses already granted stay.", $"Промокод {code} отключён; уже начисленные бонусы остаются.");

    /// <summary>The usage of the disable command.</summary>
    public string PromoDisableUsage => T("Usage: /promo_off CODE", "Формат: /promo_off КОД");

    /// <summary>The admin named a code that does not exist.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    public string PromoNotFound(string code) => T($"There is no promo code {code}.", $"Промокода {code} нет.");
}
