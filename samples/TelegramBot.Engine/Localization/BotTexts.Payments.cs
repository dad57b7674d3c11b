namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The payments feature's strings: balance, Stars packs and invoices, pre-checkout refusals, /paysupport, /privacy.</summary>
public sealed partial class BotTexts
{
    /// <summary>The balance line of the balance screen.</summary>
    /// <param name="balance">The spendable balance.</param>
    /// <returns>The text.</returns>
    public string BalanceHeader(string balance) => T($"👛 Your balance: {balance}", $"👛 Ваш баланс: {balance}");

    /// <summary>Money reserved for running orders, on the balance screen.</summary>
    /// <param name="held">The held amount.</param>
    /// <returns>The text.</returns>
    public string BalanceHeld(string held) => T($"⏳ Held for running orders: {held}", $"⏳ Зарезервировано за идущие заказы: {held}");

    /// <summary>Above the pack buttons.</summary>
    public string TopUpIntro => T("Top up with Telegram Stars ⭐ — bigger packs come with a bonus:", "Пополните баланс звёздами Telegram ⭐ — к большим пакетам бонус:");

    /// <summary>Instead of packs in demo mode.</summary>
    public string TopUpDemoOff => T(
        "🧪 Top-ups are off in demo mode: the money here is pretend money.",
        "🧪 В демо-режиме пополнение отключено: деньги здесь ненастоящие.");

    /// <summary>A pack button whose pack is no longer configured was pressed.</summary>
    public string TopUpPackGone => T("That pack is no longer offered — choose one of these.", "Этого пакета больше нет — выберите один из этих.");

    /// <summary>The last line of the balance screen.</summary>
    public string TopUpHelpLine => T("Payment questions: /paysupport · Privacy: /privacy", "Вопросы об оплате: /paysupport · Конфиденциальность: /privacy");

    /// <summary>A pack button: Stars, the money credited and the bonus.</summary>
    /// <param name="stars">The price in Stars.</param>
    /// <param name="money">The money credited.</param>
    /// <param name="bonusPercent">The bonus in percent, or null for none.</param>
    /// <returns>The label.</returns>
    public string TopUpPackButton(long stars, string money, string? bonusPercent) => bonusPercent is null
        ? T($"⭐ {stars} → {money}", $"⭐ {stars} → {money}")
        : T($"⭐ {stars} → {money} (+{bonusPercent}% bonus)", $"⭐ {stars} → {money} (бонус +{bonusPercent}%)");

    /// <summary>The invoice title (Telegram allows 32 characters).</summary>
    /// <param name="money">The money credited.</param>
    /// <returns>The title.</returns>
    public string InvoiceTitle(string money) => T($"Top-up: {money}", $"Пополнение: {money}");

    /// <summary>The invoice description (Telegram allows 255 characters).</summary>
    /// <param name="stars">The price in Stars.</param>
    /// <param name="money">The money credited.</param>
    /// <param name="bonusPercent">The bonus in percent, or null for none.</param>
    /// <returns>The description.</returns>
    public string InvoiceDescription(long stars, string money, string? bonusPercent) => bonusPercent is null
        ? T(
            $"{stars} Telegram Stars add {money} to your balance in this bot, right after payment. The balance pays for generations.",
            $"{stars} звёзд Telegram добавят {money} на ваш баланс в этом боте сразу после оплаты. С баланса оплачиваются генерации.")
        : T(
            $"{stars} Telegram Stars add {money} to your balance in this bot (a +{bonusPercent}% bonus included), right after payment. The balance pays for generations.",
            $"{stars} звёзд Telegram добавят {money} на ваш баланс в этом боте (с бонусом +{bonusPercent}%) сразу после оплаты. С баланса оплачиваются генерации.");

    /// <summary>Pre-checkout refusal: the payload is not one of our invoices.</summary>
    public string CheckoutUnknownInvoice => T("This invoice is not valid. Open /balance and choose a pack again.", "Этот счёт недействителен. Откройте /balance и выберите пакет заново.");

    /// <summary>Pre-checkout refusal: someone else's invoice (a forwarded one).</summary>
    public string CheckoutNotYours => T("This invoice was made for another user. Open /balance to get your own.", "Этот счёт выставлен другому пользователю. Откройте /balance, чтобы получить свой.");

    /// <summary>Pre-checkout refusal: the amount differs from the invoice.</summary>
    public string CheckoutWrongAmount => T("The amount does not match the invoice. Open /balance for a new one.", "Сумма не совпадает со счётом. Откройте /balance, чтобы получить новый.");

    /// <summary>Pre-checkout refusal: not Telegram Stars.</summary>
    public string CheckoutWrongCurrency => T("Only Telegram Stars are accepted.", "Принимаются только звёзды Telegram.");

    /// <summary>Pre-checkout refusal: the invoice was paid already.</summary>
    public string CheckoutAlreadyPaid => T("This invoice is already paid. Open /balance for a new one.", "Этот счёт уже оплачен. Откройте /balance, чтобы получить новый.");

    /// <summary>Pre-checkout refusal: the invoice expired.</summary>
    public string CheckoutExpired => T("This invoice has expired. Open /balance for a new one.", "Срок этого счёта истёк. Откройте /balance, чтобы получить новый.");

    /// <summary>Pre-checkout refusal: top-ups are off (demo mode) or the bot failed to check.</summary>
    public string CheckoutUnavailable => T("Top-ups are not available right now. Nothing was charged.", "Пополнение сейчас недоступно. Ничего не списано.");

    /// <summary>A payment was credited.</summary>
    /// <param name="stars">The Stars paid.</param>
    /// <param name="money">The money added.</param>
    /// <param name="balance">The balance now.</param>
    /// <returns>The text.</returns>
    public string TopUpCredited(long stars, string money, string balance) => T(
        $"✅ Payment received: {stars} ⭐. {money} was added to your balance.\n👛 Balance: {balance}",
        $"✅ Оплата получена: {stars} ⭐. На баланс зачислено {money}.\n👛 Баланс: {balance}");

    /// <summary>A payment arrived but could not be credited automatically.</summary>
    /// <param name="stars">The Stars paid.</param>
    /// <returns>The text.</returns>
    public string TopUpNotCredited(long stars) => T(
        $"We received your payment of {stars} ⭐ but could not add it to your balance automatically. We will check it by hand; see /paysupport.",
        $"Мы получили ваш платёж на {stars} ⭐, но не смогли зачислить его автоматически. Мы проверим его вручную; см. /paysupport.");

    /// <summary>A payment was refunded and (part of) its money taken back.</summary>
    /// <param name="stars">The Stars refunded.</param>
    /// <param name="taken">The money taken off the balance.</param>
    /// <param name="balance">The balance now.</param>
    /// <returns>The text.</returns>
    public string RefundTaken(long stars, string taken, string balance) => T(
        $"↩️ Your payment of {stars} ⭐ was refunded; {taken} was taken off your balance.\n👛 Balance: {balance}",
        $"↩️ Ваш платёж на {stars} ⭐ возвращён; с баланса списано {taken}.\n👛 Баланс: {balance}");

    /// <summary>A payment was refunded and nothing could be taken back.</summary>
    /// <param name="stars">The Stars refunded.</param>
    /// <param name="balance">The balance now.</param>
    /// <returns>The text.</returns>
    public string RefundNothingTaken(long stars, string balance) => T(
        $"↩️ Your payment of {stars} ⭐ was refunded.\n👛 Balance: {balance}",
        $"↩️ Ваш платёж на {stars} ⭐ возвращён.\n👛 Баланс: {balance}");

    /// <summary>The answer to /paysupport (Telegram requires every bot that takes payments to answer it).</summary>
    /// <param name="contact">Where to write, or null when none is configured.</param>
    /// <returns>The text.</returns>
    public string PaySupport(string? contact) => T(
        "💬 Help with payments\n\n" +
        "Top-ups are paid in Telegram Stars and are added to your balance right after the payment. If something went wrong — you paid but the balance did not change, you were charged twice, or a generation failed and the money did not come back — " +
        (contact is null ? "contact the bot's owner (see the bot's description)" : $"write to {contact}") +
        " with the date and the amount; the payment ids below help us find it.\n\n" +
        "Refunds: a top-up you have not spent is refunded in Stars on request. Money spent on delivered generations is not refunded; a failed generation returns its price to your balance automatically.\n\n" +
        "Telegram support cannot help with purchases made in this bot.",
        "💬 Помощь с оплатой\n\n" +
        "Пополнение оплачивается звёздами Telegram и зачисляется на баланс сразу после оплаты. Если что-то пошло не так — вы заплатили, а баланс не изменился, деньги списались дважды или генерация не удалась и деньги не вернулись — " +
        (contact is null ? "свяжитесь с владельцем бота (контакт в описании бота)" : $"напишите {contact}") +
        ", указав дату и сумму; номера платежей ниже помогут нам его найти.\n\n" +
        "Возврат: неизрасходованное пополнение возвращается звёздами по запросу. Деньги, потраченные на выполненные генерации, не возвращаются; цена неудавшейся генерации возвращается на баланс автоматически.\n\n" +
        "Поддержка Telegram не может помочь с покупками в этом боте.");

    /// <summary>Above the list of the user's recent payments in /paysupport.</summary>
    public string PaySupportRecent => T("Your recent payments:", "Ваши последние платежи:");

    /// <summary>One payment in /paysupport.</summary>
    /// <param name="date">The date (yyyy-MM-dd).</param>
    /// <param name="stars">The Stars paid.</param>
    /// <param name="money">The money credited.</param>
    /// <param name="chargeId">The payment id.</param>
    /// <returns>The line.</returns>
    public string PaySupportPaymentLine(string date, long stars, string money, string chargeId) => T(
        $"• {date}: {stars} ⭐ → {money} (id {chargeId})",
        $"• {date}: {stars} ⭐ → {money} (номер {chargeId})");

    /// <summary>The answer to /privacy (Telegram requires every bot that takes payments to answer it).</summary>
    /// <param name="contact">Where to write, or null when none is configured.</param>
    /// <returns>The text.</returns>
    public string Privacy(string? contact) => T(
        "🔒 Privacy\n\n" +
        "What this bot stores: your Telegram id, name, @username and language; your orders (prompts, settings, files you send, links to the results); your payments (Stars amounts and Telegram payment ids) and the history of your balance.\n\n" +
        "Why: to make and deliver your generations, keep your balance and answer support requests. Prompts and files you send go to KIE.ai, the service that makes the results.\n\n" +
        "We do not sell your data or share it with anyone else. Card details are handled by Telegram; the bot never sees them.\n\n" +
        "To get a copy of your data or have it deleted, " +
        (contact is null ? "contact the bot's owner (see the bot's description)" : $"write to {contact}") +
        ". Payment records are kept as long as accounting law requires.",
        "🔒 Конфиденциальность\n\n" +
        "Что хранит бот: ваш Telegram id, имя, @username и язык; ваши заказы (запросы, настройки, присланные файлы, ссылки на результаты); ваши платежи (суммы в звёздах и номера платежей Telegram) и историю баланса.\n\n" +
        "Зачем: чтобы выполнять и доставлять генерации, вести баланс и отвечать на обращения. Запросы и файлы передаются KIE.ai — сервису, который делает результаты.\n\n" +
        "Мы не продаём ваши данные и никому их не передаём. Данные карт обрабатывает Telegram; бот их не видит.\n\n" +
        "Чтобы получить копию своих данных или удалить их, " +
        (contact is null ? "свяжитесь с владельцем бота (контакт в описании бота)" : $"напишите {contact}") +
        ". Записи о платежах хранятся столько, сколько требует закон об учёте.");
}
