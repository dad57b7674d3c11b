namespace Kie.Samples.TelegramBot.Localization;

// The menus' strings: main menu, commands, category → model → mode → parameters, the summary and confirmation.
// Model, mode and parameter names come from the catalog and are shown as they are.
public sealed partial class BotTexts
{
    /// <summary>The main menu's greeting.</summary>
    /// <param name="firstName">The user's name, when known.</param>
    /// <returns>The text.</returns>
    public string MainMenu(string? firstName) => string.IsNullOrWhiteSpace(firstName)
        ? T("👋 Welcome! I create images, videos, speech and sound with AI models.\nChoose what to do:", "👋 Добро пожаловать! Я создаю изображения, видео, речь и звук с помощью нейросетей.\nВыберите действие:")
        : T($"👋 Welcome, {firstName}! I create images, videos, speech and sound with AI models.\nChoose what to do:", $"👋 Добро пожаловать, {firstName}! Я создаю изображения, видео, речь и звук с помощью нейросетей.\nВыберите действие:");

    /// <summary>Main menu button: start a generation.</summary>
    public string ButtonGenerate => T("✨ Generate", "✨ Создать");

    /// <summary>Main menu button: balance and top-up.</summary>
    public string ButtonBalance => T("💰 Balance / Top up", "💰 Баланс / Пополнить");

    /// <summary>Main menu button: history.</summary>
    public string ButtonHistory => T("🕘 History", "🕘 История");

    /// <summary>Main menu button: help.</summary>
    public string ButtonHelp => T("❓ Help", "❓ Помощь");

    /// <summary>Button: choose the language.</summary>
    public string ButtonLanguage => T("🌐 Language", "🌐 Язык");

    /// <summary>Button: back to the main menu.</summary>
    public string ButtonMainMenu => T("🏠 Main menu", "🏠 Главное меню");

    /// <summary>Button: one step back.</summary>
    public string ButtonBack => T("⬅️ Back", "⬅️ Назад");

    /// <summary>Button: cancel the whole choice.</summary>
    public string ButtonCancel => T("✖️ Cancel", "✖️ Отмена");

    /// <summary>Button: leave an optional setting unset.</summary>
    public string ButtonSkip => T("⏭ Skip", "⏭ Пропустить");

    /// <summary>Button: finish a list of files.</summary>
    public string ButtonDone => T("✅ Done", "✅ Готово");

    /// <summary>Button: empty a list of files.</summary>
    public string ButtonClear => T("🗑 Start over", "🗑 Заново");

    /// <summary>Button: the previous page.</summary>
    public string ButtonPrevious => T("◀️ Previous", "◀️ Назад");

    /// <summary>Button: the next page.</summary>
    public string ButtonNext => T("Next ▶️", "Далее ▶️");

    /// <summary>Button: go to the price and the confirmation.</summary>
    public string ButtonPriceAndConfirm => T("💰 Price and confirm", "💰 Цена и подтверждение");

    /// <summary>Button: confirm the order.</summary>
    public string ButtonConfirm => T("✅ Confirm", "✅ Подтвердить");

    /// <summary>Button: change the settings from the summary.</summary>
    public string ButtonEdit => T("✏️ Edit", "✏️ Изменить");

    /// <summary>Button: top up the balance.</summary>
    public string ButtonTopUp => T("💳 Top up", "💳 Пополнить");

    /// <summary>Button: back to the order's summary.</summary>
    public string ButtonBackToOrder => T("🧾 Back to the order", "🧾 К заказу");

    /// <summary>A flag's "yes".</summary>
    public string Yes => T("Yes", "Да");

    /// <summary>A flag's "no".</summary>
    public string No => T("No", "Нет");

    /// <summary>Help.</summary>
    public string HelpText => T(
        "ℹ️ How it works\n1. Press Generate and pick a category, a model and a mode.\n2. Answer the questions (a prompt, a photo…) and adjust the settings.\n3. Check the price and your balance, then confirm. If a generation fails, the money comes back.\n\nCommands:\n/start — main menu\n/history — your generations: re-send, repeat, edit\n/templates — ready-made scenarios and your own templates\n/cancel — stop what you are doing\n/language — change the language\n/help — this help",
        "ℹ️ Как это работает\n1. Нажмите «Создать» и выберите категорию, модель и режим.\n2. Ответьте на вопросы (описание, фото…) и настройте параметры.\n3. Проверьте цену и баланс и подтвердите. Если генерация не удалась, деньги вернутся.\n\nКоманды:\n/start — главное меню\n/history — ваши генерации: отправить снова, повторить, изменить\n/templates — готовые сценарии и ваши шаблоны\n/cancel — прервать текущее действие\n/language — сменить язык\n/help — эта справка");

    /// <summary>History when the history feature is not registered.</summary>
    public string HistoryEmpty => T("🕘 History is coming soon: your finished generations will be listed here.", "🕘 История скоро появится: здесь будут ваши готовые генерации.");

    /// <summary>The one reply to unknown commands and unexpected text (it must not hint at hidden commands).</summary>
    public string UnknownCommand => T("I don't know that command — see /help", "Я не знаю такой команды — см. /help");

    /// <summary>Said after /cancel or the Cancel button.</summary>
    public string Cancelled => T("✖️ Cancelled. Nothing was charged.", "✖️ Отменено. Ничего не списано.");

    /// <summary>The language question.</summary>
    public string ChooseLanguage => T("🌐 Choose a language:", "🌐 Выберите язык:");

    /// <summary>Said after the language changed.</summary>
    public string LanguageChanged => T("Language: English.", "Язык: русский.");

    /// <summary>The category question.</summary>
    public string ChooseCategory => T("✨ What shall we create?", "✨ Что создаём?");

    /// <summary>A category's button.</summary>
    /// <param name="category">The catalog category.</param>
    /// <returns>The label.</returns>
    public string CategoryName(Kie.Sdk.Catalog.KieModelCategory category) => category switch
    {
        Kie.Sdk.Catalog.KieModelCategory.Image => T("🖼 Images", "🖼 Изображения"),
        Kie.Sdk.Catalog.KieModelCategory.Video => T("🎬 Video", "🎬 Видео"),
        Kie.Sdk.Catalog.KieModelCategory.Audio => T("🎵 Audio", "🎵 Аудио"),
        Kie.Sdk.Catalog.KieModelCategory.Speech => T("🗣 Speech", "🗣 Речь"),
        Kie.Sdk.Catalog.KieModelCategory.Tools => T("🛠 Tools", "🛠 Инструменты"),
        _ => T("Other", "Другое"),
    };

    /// <summary>The model question.</summary>
    /// <param name="category">The category's name.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pages">The number of pages.</param>
    /// <returns>The text.</returns>
    public string ChooseModel(string category, int page, int pages) => pages <= 1
        ? T($"{category}: choose a model", $"{category}: выберите модель")
        : T($"{category}: choose a model (page {page} of {pages})", $"{category}: выберите модель (страница {page} из {pages})");

    /// <summary>The mode question.</summary>
    /// <param name="model">The model's name.</param>
    /// <returns>The text.</returns>
    public string ChooseMode(string model) => T($"{model}: choose a mode", $"{model}: выберите режим");

    /// <summary>The parameter overview's footer.</summary>
    public string ParametersHint => T(
        "* required. Tap a setting to change it, then “Price and confirm”.",
        "* — обязательный параметр. Нажмите на параметр, чтобы изменить его, затем «Цена и подтверждение».");

    /// <summary>Marks a value that is the default rather than chosen.</summary>
    public string DefaultSuffix => T(" (default)", " (по умолчанию)");

    /// <summary>Shown for an unset value.</summary>
    public string NotSet => T("—", "—");

    /// <summary>A list of files, counted.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The text.</returns>
    public string FileCount(int count) => T(count == 1 ? "1 file" : $"{count} files", $"файлов: {count}");

    /// <summary>A single uploaded file.</summary>
    public string OneFile => T("📎 file", "📎 файл");

    /// <summary>The question for a choice (enum or flag).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The text.</returns>
    public string ChooseValue(string name) => T($"Choose {name}:", $"Выберите {name}:");

    /// <summary>The question for a typed value.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The text.</returns>
    public string SendValue(string name) => T($"Send {name} as a message.", $"Отправьте {name} сообщением.");

    /// <summary>The question for a file.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The text.</returns>
    public string SendFile(string name) => T($"Send a photo or file for {name} (or a link to one).", $"Отправьте фото или файл для {name} (или ссылку на него).");

    /// <summary>Progress of a list of files.</summary>
    /// <param name="count">Files so far.</param>
    /// <param name="max">The most allowed, if limited.</param>
    /// <returns>The text.</returns>
    public string FilesSoFar(int count, int? max) => max is { } most
        ? T($"Received {count} of up to {most}. Send more or press Done.", $"Получено {count} из {most}. Отправьте ещё или нажмите «Готово».")
        : T($"Received {count}. Send more or press Done.", $"Получено: {count}. Отправьте ещё или нажмите «Готово».");

    /// <summary>The allowed values line.</summary>
    /// <param name="allowed">What is allowed.</param>
    /// <returns>The text.</returns>
    public string AllowedLine(string allowed) => T($"Allowed: {allowed}", $"Допустимо: {allowed}");

    /// <summary>The current value line.</summary>
    /// <param name="value">The value as shown.</param>
    /// <returns>The text.</returns>
    public string CurrentLine(string value) => T($"Now: {value}", $"Сейчас: {value}");

    /// <summary>A typed value was refused.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="problem">What is wrong (from the catalog's validation).</param>
    /// <param name="allowed">What is allowed.</param>
    /// <returns>The text.</returns>
    public string InvalidValue(string name, string problem, string allowed) => T(
        $"⚠️ {name}: {problem}.\nAllowed: {allowed}.\nPlease send {name} again.",
        $"⚠️ {name}: значение не подходит ({problem}).\nДопустимо: {allowed}.\nОтправьте {name} ещё раз.");

    /// <summary>A button choice was refused (it conflicts with another setting).</summary>
    /// <param name="problem">Why.</param>
    /// <returns>The notice (≤ 200 characters).</returns>
    public string ChoiceRefused(string problem) => MenuClip(T($"Not possible: {problem}", $"Так нельзя: {problem}"), 200);

    /// <summary>A required setting is missing.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The notice.</returns>
    public string SetFirst(string name) => T($"Set {name} first.", $"Сначала укажите {name}.");

    /// <summary>A file came while text was expected.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The text.</returns>
    public string ExpectedText(string name) => T($"I'm waiting for text for {name}, not a file.", $"Для {name} нужен текст, а не файл.");

    /// <summary>A file came with no question open.</summary>
    public string FileNotExpected => T("I wasn't expecting a file here. Press /start and choose a model first.", "Здесь я не жду файл. Нажмите /start и сначала выберите модель.");

    /// <summary>A file over the platform's download limit.</summary>
    public string FileTooLarge => T("That file is too large: the limit is 20 MB.", "Файл слишком большой: максимум 20 МБ.");

    /// <summary>A file could not be taken.</summary>
    public string UploadFailed => T("I couldn't take that file. Please send it again.", "Не удалось принять файл. Отправьте его ещё раз.");

    /// <summary>The list of files is full.</summary>
    /// <param name="max">The most allowed.</param>
    /// <returns>The notice.</returns>
    public string FilesFull(int max) => T($"That's the most allowed ({max}).", $"Это максимум ({max}).");

    /// <summary>A model that is gone from the offer.</summary>
    public string ModelUnavailable => T("This model is no longer available. Please pick another one.", "Эта модель больше недоступна. Выберите другую.");

    /// <summary>The summary's title.</summary>
    public string SummaryTitle => T("🧾 Check your order", "🧾 Проверьте заказ");

    /// <summary>The price line.</summary>
    /// <param name="price">The price.</param>
    /// <param name="credits">The credits.</param>
    /// <returns>The text.</returns>
    public string PriceLine(string price, string credits) => T($"💰 Price: {price} ({credits} credits)", $"💰 Цена: {price} (кредитов: {credits})");

    /// <summary>The speed tiers heading.</summary>
    public string SpeedOptions => T("⚡ Speed options:", "⚡ Варианты скорости:");

    /// <summary>A speed tier with no price for this input.</summary>
    public string TierNotSellable => T("not available", "недоступно");

    /// <summary>The balance line.</summary>
    /// <param name="balance">The balance now.</param>
    /// <param name="after">The balance after the order.</param>
    /// <returns>The text.</returns>
    public string BalanceLine(string balance, string after) => T($"👛 Balance: {balance} → after the order: {after}", $"👛 Баланс: {balance} → после заказа: {after}");

    /// <summary>The balance line when the balance does not cover the price.</summary>
    /// <param name="balance">The balance now.</param>
    /// <returns>The text.</returns>
    public string BalanceOnlyLine(string balance) => T($"👛 Balance: {balance}", $"👛 Баланс: {balance}");

    /// <summary>Said on the summary when the balance is short.</summary>
    /// <param name="missing">How much is missing.</param>
    /// <returns>The text.</returns>
    public string NotEnoughOnSummary(string missing) => T($"⚠️ Not enough money: {missing} more is needed. Top up, then confirm.", $"⚠️ Не хватает {missing}. Пополните баланс и подтвердите.");

    /// <summary>A mode or input with no known price.</summary>
    /// <param name="what">Model and mode.</param>
    /// <param name="reason">The catalog's reason.</param>
    /// <returns>The text.</returns>
    public string NotSellable(string what, string reason) => T(
        $"⛔ {what} can't be ordered with these settings: no price is known for them, so nothing can be charged. Change the settings or pick another model.\n({reason})",
        $"⛔ {what} нельзя заказать с такими параметрами: цена для них неизвестна, поэтому списать оплату нельзя. Измените параметры или выберите другую модель.\n({reason})");

    /// <summary>The settings do not validate (shown on the summary).</summary>
    /// <param name="problems">The problems, one per line.</param>
    /// <returns>The text.</returns>
    public string SettingsInvalid(string problems) => T($"⚠️ Please fix these settings:\n{problems}", $"⚠️ Исправьте параметры:\n{problems}");

    /// <summary>The order was placed.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="what">Model and mode.</param>
    /// <param name="price">The reserved price.</param>
    /// <returns>The text.</returns>
    public string OrderConfirmed(string orderId, string what, string price) => T(
        $"✅ Order {orderId} confirmed: {what}, {price} reserved. I'll post the progress here.",
        $"✅ Заказ {orderId} подтверждён: {what}, зарезервировано {price}. Прогресс пришлю сюда.");

    /// <summary>A second tap on Confirm.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The notice.</returns>
    public string AlreadyConfirmed(string orderId) => T($"Already confirmed: order {orderId}.", $"Уже подтверждено: заказ {orderId}.");

    /// <summary>The balance does not cover the price.</summary>
    /// <param name="price">The price.</param>
    /// <param name="balance">The balance.</param>
    /// <param name="missing">How much is missing.</param>
    /// <returns>The text.</returns>
    public string InsufficientFunds(string price, string balance, string missing) => T(
        $"💳 Not enough money for this order.\nPrice: {price}\nBalance: {balance}\nTop up at least {missing} and confirm again. Nothing was charged.",
        $"💳 Недостаточно средств для заказа.\nЦена: {price}\nБаланс: {balance}\nПополните баланс минимум на {missing} и подтвердите снова. Ничего не списано.");

    /// <summary>The price changed between the summary and Confirm.</summary>
    public string PriceChanged => T("The price has changed — please check it again.", "Цена изменилась — проверьте её ещё раз.");

    /// <summary>Allowed: one of a list.</summary>
    /// <param name="values">The values, comma separated.</param>
    /// <returns>The text.</returns>
    public string AllowedOneOf(string values) => T($"one of {values}", $"одно из: {values}");

    /// <summary>Allowed: a number in a range.</summary>
    /// <param name="whole">Whole numbers only.</param>
    /// <param name="min">The minimum, if any.</param>
    /// <param name="max">The maximum, if any.</param>
    /// <returns>The text.</returns>
    public string AllowedNumber(bool whole, string? min, string? max)
    {
        var kind = whole ? T("a whole number", "целое число") : T("a number", "число");
        return (min, max) switch
        {
            ({ } low, { } high) => T($"{kind} from {low} to {high}", $"{kind} от {low} до {high}"),
            ({ } low, null) => T($"{kind} of at least {low}", $"{kind} не меньше {low}"),
            (null, { } high) => T($"{kind} of at most {high}", $"{kind} не больше {high}"),
            _ => kind,
        };
    }

    /// <summary>Allowed: yes or no.</summary>
    public string AllowedYesNo => T("yes or no", "да или нет");

    /// <summary>Allowed: text.</summary>
    /// <param name="max">The most characters, if limited.</param>
    /// <returns>The text.</returns>
    public string AllowedText(int? max) => max is { } most
        ? T($"text of at most {most} characters", $"текст не длиннее {most} символов")
        : T("any text", "любой текст");

    /// <summary>Allowed: a file.</summary>
    public string AllowedFile => T("a photo or file, or an http(s) link", "фото или файл либо ссылка http(s)");

    /// <summary>Allowed: several files.</summary>
    /// <param name="max">The most allowed, if limited.</param>
    /// <returns>The text.</returns>
    public string AllowedFiles(int? max) => max is { } most
        ? T($"up to {most} photos or files", $"до {most} фото или файлов")
        : T("photos or files", "фото или файлы");

    /// <summary>Allowed: lines of text.</summary>
    /// <param name="max">The most lines, if limited.</param>
    /// <returns>The text.</returns>
    public string AllowedLines(int? max) => max is { } most
        ? T($"one item per line, up to {most}", $"по одному на строку, не больше {most}")
        : T("one item per line", "по одному на строку");

    /// <summary>Allowed: a JSON list.</summary>
    /// <param name="described">The catalog's description of the items.</param>
    /// <returns>The text.</returns>
    public string AllowedJson(string described) => T($"a JSON list: {described}", $"список в формате JSON: {described}");

    private static string MenuClip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
