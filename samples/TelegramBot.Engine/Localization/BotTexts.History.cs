using Kie.Samples.TelegramBot.Templates;

namespace Kie.Samples.TelegramBot.Localization;

// History and templates: the list of generations, an order's card and its actions, templates and their questions.
public sealed partial class BotTexts
{
    /// <summary>Main menu button: templates.</summary>
    public string ButtonTemplates => T("⭐ Templates", "⭐ Шаблоны");

    /// <summary>History with no generations yet.</summary>
    public string HistoryNothingYet => T(
        "🕘 No generations yet. Create something, or start from a ready-made template.",
        "🕘 Генераций пока нет. Создайте что-нибудь или начните с готового шаблона.");

    /// <summary>The history list's title.</summary>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pages">The number of pages.</param>
    /// <returns>The text.</returns>
    public string HistoryTitle(int page, int pages) => pages <= 1
        ? T("🕘 Your generations (newest first). Tap one to open it:", "🕘 Ваши генерации (сначала новые). Нажмите, чтобы открыть:")
        : T($"🕘 Your generations, page {page} of {pages} (newest first). Tap one to open it:", $"🕘 Ваши генерации, страница {page} из {pages} (сначала новые). Нажмите, чтобы открыть:");

    /// <summary>An order card's title.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The text.</returns>
    public string HistoryCardTitle(string orderId) => T($"🧾 Order {orderId}", $"🧾 Заказ {orderId}");

    /// <summary>An order card's price line.</summary>
    /// <param name="price">The price.</param>
    /// <returns>The text.</returns>
    public string HistoryPriceLine(string price) => T($"💰 Price: {price}", $"💰 Цена: {price}");

    /// <summary>A delivered order.</summary>
    public string HistoryStateDelivered => T("✅ Delivered", "✅ Доставлен");

    /// <summary>A finished order whose result is on its way.</summary>
    public string HistoryStateDelivering => T("📬 Ready, being delivered", "📬 Готов, доставляется");

    /// <summary>An order still being generated.</summary>
    public string HistoryStateRunning => T("⏳ In progress", "⏳ Выполняется");

    /// <summary>A failed order.</summary>
    /// <param name="reason">Why (see <see cref="FailureReason"/>).</param>
    /// <returns>The text.</returns>
    public string HistoryStateFailed(string reason) => T($"❌ Failed: {reason}. The money was returned.", $"❌ Не выполнен: {reason}. Деньги возвращены.");

    /// <summary>When an order was placed.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    public string HistoryCreatedLine(string time) => T($"🕐 Ordered: {time}", $"🕐 Заказан: {time}");

    /// <summary>When an order ended and how long it took.</summary>
    /// <param name="time">The time.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public string HistoryFinishedLine(string time, string duration) => T($"🏁 Finished: {time} (took {duration})", $"🏁 Завершён: {time} (заняло {duration})");

    /// <summary>A duration in words: seconds, minutes or hours.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public string Duration(TimeSpan duration)
    {
        var seconds = (long)Math.Max(0, Math.Round(duration.TotalSeconds));
        return seconds switch
        {
            < 60 => T($"{seconds} s", $"{seconds} с"),
            < 3600 => T($"{seconds / 60} min {seconds % 60} s", $"{seconds / 60} мин {seconds % 60} с"),
            _ => T($"{seconds / 3600} h {seconds % 3600 / 60} min", $"{seconds / 3600} ч {seconds % 3600 / 60} мин"),
        };
    }

    /// <summary>The heading of the result links.</summary>
    public string HistoryResultsLine => T("🔗 Results:", "🔗 Результаты:");

    /// <summary>Button: send the results again.</summary>
    public string ButtonResend => T("🔁 Re-send", "🔁 Прислать снова");

    /// <summary>Button: the same parameters, a fresh quote.</summary>
    public string ButtonRepeat => T("🔄 Repeat", "🔄 Повторить");

    /// <summary>Button: the same settings with a new prompt.</summary>
    public string ButtonNewPrompt => T("✏️ New prompt", "✏️ Новое описание");

    /// <summary>Button: open the parameters for editing.</summary>
    public string ButtonEditSettings => T("🛠 Edit", "🛠 Изменить");

    /// <summary>Button: save the parameters as a template.</summary>
    public string ButtonSaveTemplate => T("⭐ Save as template", "⭐ Сохранить как шаблон");

    /// <summary>Button: back to the history list.</summary>
    public string ButtonBackToList => T("⬅️ Back to list", "⬅️ К списку");

    /// <summary>Re-send of an order with no files.</summary>
    public string NothingToResend => T("This order has no files to send.", "У этого заказа нет файлов.");

    /// <summary>Re-send started.</summary>
    public string Resending => T("Sending the results again…", "Отправляю результаты снова…");

    /// <summary>New prompt for a mode that has none.</summary>
    public string NoPromptToChange => T("This generation has no prompt to change: use Edit.", "У этой генерации нет описания: используйте «Изменить».");

    /// <summary>The question for a new prompt.</summary>
    /// <param name="what">Model and mode.</param>
    /// <param name="current">The current prompt, shortened, if any.</param>
    /// <returns>The text.</returns>
    public string AskNewPrompt(string what, string? current) => current is null
        ? T($"✏️ Send the new prompt for {what} as a message. The other settings stay as they were; you'll see the price before anything is charged.\n/cancel to stop.", $"✏️ Отправьте новое описание для {what} сообщением. Остальные параметры останутся прежними; цену вы увидите до списания.\n/cancel — отменить.")
        : T($"✏️ Send the new prompt for {what} as a message. The other settings stay as they were; you'll see the price before anything is charged.\nWas: “{current}”\n/cancel to stop.", $"✏️ Отправьте новое описание для {what} сообщением. Остальные параметры останутся прежними; цену вы увидите до списания.\nБыло: «{current}»\n/cancel — отменить.");

    /// <summary>The question for a template's name.</summary>
    /// <param name="what">Model and mode.</param>
    /// <param name="max">The longest name.</param>
    /// <returns>The text.</returns>
    public string AskTemplateName(string what, int max) => T(
        $"⭐ Send a name for the template ({what}), up to {max} characters.\n/cancel to stop.",
        $"⭐ Отправьте название шаблона ({what}), не длиннее {max} символов.\n/cancel — отменить.");

    /// <summary>A refused template name.</summary>
    /// <param name="problem">Why.</param>
    /// <param name="max">The longest name.</param>
    /// <returns>The text.</returns>
    internal string TemplateNameRefused(TemplateNames.Problem problem, int max) => problem switch
    {
        TemplateNames.Problem.TooLong => T($"⚠️ That name is too long: at most {max} characters. Please send a shorter one.", $"⚠️ Слишком длинное название: не больше {max} символов. Отправьте покороче."),
        TemplateNames.Problem.NotText => T("⚠️ A name can't start with “/” or hold special characters. Please send another one.", "⚠️ Название не может начинаться с «/» или содержать служебные символы. Отправьте другое."),
        _ => T("⚠️ The name is empty. Please send a name.", "⚠️ Название пустое. Отправьте название."),
    };

    /// <summary>The user already has a template with this name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The text.</returns>
    public string TemplateNameTaken(string name) => T($"⚠️ You already have a template called “{name}”. Please send another name.", $"⚠️ У вас уже есть шаблон «{name}». Отправьте другое название.");

    /// <summary>The user has as many templates as allowed.</summary>
    /// <param name="max">The limit.</param>
    /// <returns>The text.</returns>
    public string TooManyTemplates(int max) => T($"⚠️ You already have {max} templates, the most allowed. Delete one first.", $"⚠️ У вас уже {max} шаблонов — это максимум. Сначала удалите какой-нибудь.");

    /// <summary>A template was saved.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>The text.</returns>
    public string TemplateSaved(string name) => T($"⭐ Template “{name}” saved. Find it under /templates.", $"⭐ Шаблон «{name}» сохранён. Он в разделе /templates.");

    /// <summary>The templates list's title.</summary>
    /// <param name="own">How many templates the user has.</param>
    /// <returns>The text.</returns>
    public string TemplatesTitle(int own) => own == 0
        ? T("⭐ Templates: ready-made scenarios. Tap one to see it and run it.\nSave your own from /history (⭐ Save as template).", "⭐ Шаблоны: готовые сценарии. Нажмите, чтобы посмотреть и запустить.\nСвои шаблоны сохраняйте из /history («⭐ Сохранить как шаблон»).")
        : T("⭐ Templates: ready-made scenarios, then yours (⭐). Tap one to see it and run it.", "⭐ Шаблоны: готовые сценарии, затем ваши (⭐). Нажмите, чтобы посмотреть и запустить.");

    /// <summary>What a built-in template asks.</summary>
    /// <param name="question">The question.</param>
    /// <param name="example">An example answer.</param>
    /// <returns>The text.</returns>
    public string TemplateAsks(string question, string example) => T($"❓ Asks: {question}\n💡 For example: {example}", $"❓ Спросит: {question}\n💡 Например: {example}");

    /// <summary>Button: run a template.</summary>
    public string ButtonRunTemplate => T("▶️ Run", "▶️ Запустить");

    /// <summary>Button: back to the templates.</summary>
    public string ButtonBackToTemplates => T("⬅️ Templates", "⬅️ Шаблоны");

    /// <summary>Button: delete a template.</summary>
    public string ButtonDeleteTemplate => T("🗑 Delete", "🗑 Удалить");

    /// <summary>Button: yes, delete.</summary>
    public string ButtonDeleteConfirmed => T("🗑 Yes, delete", "🗑 Да, удалить");

    /// <summary>Button: keep the template.</summary>
    public string ButtonKeep => T("Keep it", "Оставить");

    /// <summary>The question before deleting a template.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>The text.</returns>
    public string DeleteTemplateQuestion(string name) => T($"Delete the template “{name}”?", $"Удалить шаблон «{name}»?");

    /// <summary>A template was deleted.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>The text.</returns>
    public string TemplateDeleted(string name) => T($"🗑 Template “{name}” deleted.", $"🗑 Шаблон «{name}» удалён.");

    /// <summary>A template's question for its prompt.</summary>
    /// <param name="question">The question.</param>
    /// <param name="example">An example answer, if any.</param>
    /// <returns>The text.</returns>
    public string TemplatePromptQuestion(string question, string? example) => example is null
        ? T($"✏️ {question}\nSend it as a message; you'll see the price before anything is charged.\n/cancel to stop.", $"✏️ {question}\nОтправьте сообщением; цену вы увидите до списания.\n/cancel — отменить.")
        : T($"✏️ {question}\nFor example: {example}\nSend it as a message; you'll see the price before anything is charged.\n/cancel to stop.", $"✏️ {question}\nНапример: {example}\nОтправьте сообщением; цену вы увидите до списания.\n/cancel — отменить.");

    /// <summary>The question for a new prompt for a user's template.</summary>
    /// <param name="name">The template's name.</param>
    /// <returns>The text.</returns>
    public string NewPromptFor(string name) => T($"Send the new prompt for “{name}”.", $"Отправьте новое описание для «{name}».");

    /// <summary>A template's prompt was refused.</summary>
    /// <param name="problem">The catalog's reason.</param>
    /// <returns>The text.</returns>
    public string TemplatePromptRefused(string problem) => T($"⚠️ That doesn't fit: {problem}. Please send it again.", $"⚠️ Не подходит: {problem}. Отправьте ещё раз.");

    /// <summary>The template is gone (deleted meanwhile).</summary>
    public string TemplateGone => T("This template no longer exists. Open /templates for the current ones.", "Этого шаблона больше нет. Откройте /templates, чтобы увидеть актуальные.");
}
