namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The admin feature's strings: /credit, /debit, /refund, /payments and what the affected user is told.</summary>
public sealed partial class BotTexts
{
    /// <summary>Above the admin's command list (<c>/admin</c>).</summary>
    public string AdminHelpHeader => T("🛠 Admin commands", "🛠 Команды администратора");

    /// <summary>Below the admin's command list: how amounts are written.</summary>
    /// <param name="currency">The pricing currency code.</param>
    /// <returns>The text.</returns>
    public string AdminAmountsNote(string currency) => T($"Amounts are in {currency}: 150 or 150.50.", $"Суммы в {currency}: 150 или 150.50.");

    /// <summary>A /credit or /debit with missing parts.</summary>
    /// <param name="command">The command name.</param>
    /// <returns>The text.</returns>
    public string AdminAdjustUsage(string command) => T(
        $"Usage: /{command} <userId> <amount> <reason>, for example /{command} 123456789 150.50 compensation for a failed order",
        $"Формат: /{command} <userId> <сумма> <причина>, например /{command} 123456789 150.50 компенсация за неудачный заказ");

    /// <summary>The amount could not be read.</summary>
    /// <param name="text">What was given.</param>
    /// <returns>The text.</returns>
    public string AdminBadAmount(string text) => T(
        $"“{text}” is not an amount: use a positive number such as 150 or 150.50. Nothing changed.",
        $"«{text}» — не сумма: укажите положительное число, например 150 или 150.50. Ничего не изменено.");

    /// <summary>The target user id is not a user of the bot.</summary>
    /// <param name="userId">The id given.</param>
    /// <returns>The text.</returns>
    public string AdminUnknownUser(string userId) => T(
        $"User {userId} has never used this bot. Nothing changed.",
        $"Пользователь {userId} никогда не пользовался этим ботом. Ничего не изменено.");

    /// <summary>A credit was applied.</summary>
    /// <param name="who">The user.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="balance">Their balance now.</param>
    /// <returns>The text.</returns>
    public string AdminCredited(string who, string amount, string balance) => T(
        $"✅ Credited {amount} to {who}. Their balance: {balance}.",
        $"✅ Начислено {amount} пользователю {who}. Его баланс: {balance}.");

    /// <summary>A debit was applied.</summary>
    /// <param name="who">The user.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="balance">Their balance now.</param>
    /// <returns>The text.</returns>
    public string AdminDebited(string who, string amount, string balance) => T(
        $"✅ Debited {amount} from {who}. Their balance: {balance}.",
        $"✅ Списано {amount} у пользователя {who}. Его баланс: {balance}.");

    /// <summary>A debit larger than the balance.</summary>
    /// <param name="who">The user.</param>
    /// <param name="amount">The amount asked.</param>
    /// <param name="available">Their balance.</param>
    /// <returns>The text.</returns>
    public string AdminOverdraw(string who, string amount, string available) => T(
        $"❌ Cannot debit {amount}: {who} has only {available}. A balance never goes below zero. Nothing changed.",
        $"❌ Нельзя списать {amount}: у пользователя {who} только {available}. Баланс не может уйти ниже нуля. Ничего не изменено.");

    /// <summary>The same command was applied before (a replayed message).</summary>
    public string AdminAlreadyApplied => T("This command was applied already. Nothing changed.", "Эта команда уже выполнена. Ничего не изменено.");

    /// <summary>Added when the affected user could not be messaged.</summary>
    public string AdminUserNotTold => T("(The user could not be messaged.)", "(Не удалось написать пользователю.)");

    /// <summary>Told to a user whose balance an admin raised.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="reason">The admin's reason.</param>
    /// <param name="balance">The balance now.</param>
    /// <returns>The text.</returns>
    public string AdminToUserCredited(string amount, string reason, string balance) => T(
        $"💰 {amount} was added to your balance by the administrator.\nReason: {reason}\n👛 Balance: {balance}",
        $"💰 Администратор начислил на ваш баланс {amount}.\nПричина: {reason}\n👛 Баланс: {balance}");

    /// <summary>Told to a user whose balance an admin lowered.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="reason">The admin's reason.</param>
    /// <param name="balance">The balance now.</param>
    /// <returns>The text.</returns>
    public string AdminToUserDebited(string amount, string reason, string balance) => T(
        $"💸 {amount} was taken off your balance by the administrator.\nReason: {reason}\n👛 Balance: {balance}",
        $"💸 Администратор списал с вашего баланса {amount}.\nПричина: {reason}\n👛 Баланс: {balance}");

    /// <summary>/refund without a payment id.</summary>
    public string AdminRefundUsage => T("Usage: /refund <paymentId> (the id /paysupport shows the user).", "Формат: /refund <номер платежа> (номер, который /paysupport показывает пользователю).");

    /// <summary>/refund of a payment the bot never recorded.</summary>
    /// <param name="chargeId">The id given.</param>
    /// <returns>The text.</returns>
    public string AdminRefundUnknown(string chargeId) => T($"No payment {chargeId} is recorded. Nothing changed.", $"Платёж {chargeId} не найден. Ничего не изменено.");

    /// <summary>/refund of a payment refunded before.</summary>
    public string AdminRefundAlready => T("This payment was refunded already. Nothing changed.", "Этот платёж уже возвращён. Ничего не изменено.");

    /// <summary>/refund of a top-up the user has (partly) spent.</summary>
    /// <param name="credited">What the top-up added.</param>
    /// <param name="available">The user's balance now.</param>
    /// <returns>The text.</returns>
    public string AdminRefundSpent(string credited, string available) => T(
        $"❌ Only unspent top-ups are refunded: this one added {credited}, the user has {available}. Nothing changed.",
        $"❌ Возвращаются только неизрасходованные пополнения: это добавило {credited}, у пользователя {available}. Ничего не изменено.");

    /// <summary>Telegram refused the refund.</summary>
    /// <param name="problem">Telegram's answer.</param>
    /// <returns>The text.</returns>
    public string AdminRefundFailed(string problem) => T($"❌ Telegram refused the refund: {problem}. Nothing changed.", $"❌ Telegram отказал в возврате: {problem}. Ничего не изменено.");

    /// <summary>A refund went through.</summary>
    /// <param name="who">The user.</param>
    /// <param name="stars">The Stars returned.</param>
    /// <param name="taken">The money taken off their balance.</param>
    /// <returns>The text.</returns>
    public string AdminRefunded(string who, long stars, string taken) => T(
        $"✅ Refunded {stars} ⭐ to {who}; {taken} taken off their balance.",
        $"✅ Возвращено {stars} ⭐ пользователю {who}; с его баланса списано {taken}.");

    /// <summary>/payments when nothing needs a look.</summary>
    public string AdminNoPaymentsToCheck => T("No payments need a look.", "Нет платежей, требующих проверки.");

    /// <summary>Above the list of /payments.</summary>
    public string AdminPaymentsToCheck => T("Payments that need a look (newest first):", "Платежи, требующие проверки (сначала новые):");

    /// <summary>/user without an argument.</summary>
    public string AdminUserUsage => T("Usage: /user <userId> or /user @username", "Формат: /user <userId> или /user @username");

    /// <summary>/user of nobody the bot knows.</summary>
    /// <param name="who">What was given.</param>
    /// <returns>The text.</returns>
    public string AdminUserNotFound(string who) => T($"No user {who} has used this bot.", $"Пользователь {who} не пользовался этим ботом.");

    /// <summary>The first line of /user.</summary>
    /// <param name="who">The user.</param>
    /// <returns>The text.</returns>
    public string AdminUserHeader(string who) => T($"👤 User {who}", $"👤 Пользователь {who}");

    /// <summary>The language line of /user.</summary>
    /// <param name="language">The language code.</param>
    /// <param name="since">When they first wrote (UTC).</param>
    /// <returns>The text.</returns>
    public string AdminUserLanguage(string language, string since) => T($"Language: {language} · since {since} UTC", $"Язык: {language} · с {since} UTC");

    /// <summary>The money line of /user.</summary>
    /// <param name="available">Available balance.</param>
    /// <param name="held">Money held for running orders.</param>
    /// <returns>The text.</returns>
    public string AdminUserBalance(string available, string held) => T($"👛 Balance: {available} · held: {held}", $"👛 Баланс: {available} · в резерве: {held}");

    /// <summary>Above /user's orders.</summary>
    public string AdminUserOrders => T("Recent orders (id · time · model · state · price):", "Последние заказы (id · время · модель · состояние · цена):");

    /// <summary>/user of someone without orders.</summary>
    public string AdminUserNoOrders => T("No orders.", "Заказов нет.");

    /// <summary>Above /user's payments.</summary>
    public string AdminUserPayments => T("Recent Stars payments (charge id · time · paid → credited):", "Последние платежи звёздами (номер · время · оплачено → зачислено):");

    /// <summary>/user of someone without payments.</summary>
    public string AdminUserNoPayments => T("No payments.", "Платежей нет.");

    /// <summary>A refunded payment's mark.</summary>
    public string AdminUserRefunded => T("refunded", "возвращён");

    /// <summary>A flagged payment's mark.</summary>
    public string AdminUserFlagged => T("needs a look (/payments)", "требует проверки (/payments)");

    /// <summary>/failed with a bad count.</summary>
    /// <param name="max">The most listed.</param>
    /// <returns>The text.</returns>
    public string AdminFailedUsage(int max) => T($"Usage: /failed [how many, up to {max}]", $"Формат: /failed [сколько, до {max}]");

    /// <summary>/failed when nothing failed.</summary>
    public string AdminNoFailedOrders => T("No failed orders.", "Неудачных заказов нет.");

    /// <summary>Above /failed.</summary>
    public string AdminFailedHeader => T("Failed orders, newest first (time · order · user · model · failure — detail):", "Неудачные заказы, сначала новые (время · заказ · пользователь · модель · ошибка — подробности):");

    /// <summary>The money a failed order gave back.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The text.</returns>
    public string AdminFailedReturned(string amount) => T($"{amount} returned", $"возвращено {amount}");
}
