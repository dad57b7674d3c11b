using Kie.Samples.TelegramBot.Catalog;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The catalog-sync feature's strings: /sync, /models, /model and the scheduled sync's notice (admins only).</summary>
public sealed partial class BotTexts
{
    /// <summary>Said when /sync starts (reading KIE's endpoints can take a while).</summary>
    public string CatalogSyncStarted => T("🔄 Comparing the catalog with the model source…", "🔄 Сравниваю каталог с источником моделей…");

    /// <summary>A second /sync while one runs.</summary>
    public string CatalogSyncBusy => T("A catalog sync is running already. Try again in a minute.", "Синхронизация каталога уже идёт. Попробуйте через минуту.");

    /// <summary>The source could not be read.</summary>
    /// <param name="problem">What went wrong.</param>
    /// <returns>The text.</returns>
    public string CatalogSyncFailed(string problem) => T($"❌ Catalog sync failed: {problem}\nNothing changed.", $"❌ Синхронизация каталога не удалась: {problem}\nНичего не изменено.");

    /// <summary>Above the SDK's report (which is in English).</summary>
    public string CatalogReportHeader => T("📋 Catalog sync report:", "📋 Отчёт синхронизации каталога (на английском):");

    /// <summary>New models were stored by this sync.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The text.</returns>
    public string CatalogAdded(int count) => T(
        $"🆕 {count} new model(s) stored, disabled. Give each a category and a price, then enable it:",
        $"🆕 Сохранено новых моделей: {count}, все выключены. Укажите категорию и цену, затем включите:");

    /// <summary>Above the list of stored models still disabled.</summary>
    public string CatalogPendingHeader => T("⏳ Models waiting for you (disabled):", "⏳ Модели ждут вас (выключены):");

    /// <summary>/models when nothing was ever synced in.</summary>
    public string CatalogNoSyncedModels => T("No models were added by /sync yet.", "Через /sync ещё не добавлено ни одной модели.");

    /// <summary>Above /models.</summary>
    public string CatalogSyncedModelsHeader => T("Models added by /sync:", "Модели, добавленные через /sync:");

    /// <summary>The /model usage.</summary>
    public string CatalogModelUsage => T(
        "Usage: /model <id> — its card; /model <id> category <image|video|audio|speech|tools>; /model <id> price <credits per generation>; /model <id> enable; /model <id> disable",
        "Формат: /model <id> — карточка; /model <id> category <image|video|audio|speech|tools>; /model <id> price <кредитов за генерацию>; /model <id> enable; /model <id> disable");

    /// <summary>/model of something /sync never added.</summary>
    /// <param name="id">What was given.</param>
    /// <returns>The text.</returns>
    public string CatalogUnknownModel(string id) => T(
        $"No model “{id}” was added by /sync. /models lists them.",
        $"Модели «{id}» нет среди добавленных через /sync. Список: /models.");

    /// <summary>A category code that is not one.</summary>
    /// <param name="code">What was given.</param>
    /// <returns>The text.</returns>
    public string CatalogBadCategory(string code) => T(
        $"“{code}” is not a category: use image, video, audio, speech or tools. Nothing changed.",
        $"«{code}» — не категория: укажите image, video, audio, speech или tools. Ничего не изменено.");

    /// <summary>A price that is not a positive number.</summary>
    /// <param name="text">What was given.</param>
    /// <returns>The text.</returns>
    public string CatalogBadPrice(string text) => T(
        $"“{text}” is not a price: use a positive number of KIE credits per generation, such as 6 or 6.5. Nothing changed.",
        $"«{text}» — не цена: укажите положительное число кредитов KIE за генерацию, например 6 или 6.5. Ничего не изменено.");

    /// <summary>How to set a price (the price button).</summary>
    /// <param name="id">The model id.</param>
    /// <returns>The text.</returns>
    public string CatalogPriceHow(string id) => T(
        $"Send the price in KIE credits per generation, for example:\n/model {id} price 6.5",
        $"Отправьте цену в кредитах KIE за генерацию, например:\n/model {id} price 6.5");

    /// <summary>Enable refused for missing parts.</summary>
    /// <param name="id">The model id.</param>
    /// <param name="missing">What is missing.</param>
    /// <returns>The text.</returns>
    public string CatalogEnableMissing(string id, IEnumerable<SyncedModelField> missing) => T(
        $"❌ {id} cannot be enabled yet — missing: {string.Join(", ", missing.Select(CatalogFieldName))}. Nothing changed.",
        $"❌ {id} пока нельзя включить — не указаны: {string.Join(", ", missing.Select(CatalogFieldName))}. Ничего не изменено.");

    /// <summary>The name of something a synced model lacks.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The text.</returns>
    public string CatalogFieldName(SyncedModelField field) => field == SyncedModelField.Category ? T("category", "категория") : T("price", "цена");

    /// <summary>Enable refused because the model's entry does not load.</summary>
    /// <param name="id">The model id.</param>
    /// <param name="problem">The catalog's complaint.</param>
    /// <returns>The text.</returns>
    public string CatalogEnableBroken(string id, string problem) => T(
        $"❌ {id} cannot be enabled: its catalog entry is not valid ({problem}). Nothing changed.",
        $"❌ {id} нельзя включить: его запись в каталоге некорректна ({problem}). Ничего не изменено.");

    /// <summary>Said after a change was saved and applied.</summary>
    public string CatalogSaved => T("✅ Saved; the menus show it now.", "✅ Сохранено; меню уже обновлено.");

    /// <summary>A category's name.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The text.</returns>
    public string CatalogCategoryName(KieModelCategory category) => category switch
    {
        KieModelCategory.Image => T("🖼 Image", "🖼 Изображения"),
        KieModelCategory.Video => T("🎬 Video", "🎬 Видео"),
        KieModelCategory.Audio => T("🎵 Audio", "🎵 Аудио"),
        KieModelCategory.Speech => T("🗣 Speech", "🗣 Речь"),
        KieModelCategory.Tools => T("🧰 Tools", "🧰 Инструменты"),
        _ => T("unknown", "не указана"),
    };

    /// <summary>A synced model's card.</summary>
    /// <param name="card">What to show.</param>
    /// <returns>The text.</returns>
    public string CatalogCard(SyncedModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var missing = T("— missing", "— не указана");
        var lines = new List<string>
        {
            $"🧩 {card.DisplayName} ({card.ModelId})",
            T($"API model: {card.ApiModel}", $"Модель API: {card.ApiModel}"),
            card.Enabled ? T("Status: ✅ on sale", "Статус: ✅ в продаже") : T("Status: ⛔ disabled", "Статус: ⛔ выключена"),
            T("Category: ", "Категория: ") + (card.Category is { } category ? CatalogCategoryName(category) : missing),
            T("Price: ", "Цена: ") + (card.Credits is { } credits
                ? T($"{credits} credits per generation", $"{credits} кредитов за генерацию") + (card.UserPrice is { } money ? T($" (users pay {money})", $" (пользователь платит {money})") : string.Empty)
                : missing),
        };
        if (card.KiePriceText is { } text)
        {
            lines.Add(T($"KIE's price text: {text}", $"Цена по данным KIE: {text}"));
        }

        if (card.Missing.Count > 0)
        {
            lines.Add(T("To enable it, supply: ", "Чтобы включить, укажите: ") + string.Join(", ", card.Missing.Select(CatalogFieldName)));
        }

        lines.Add(T($"Commands: /model {card.ModelId} category <…> · price <credits> · enable · disable", $"Команды: /model {card.ModelId} category <…> · price <кредиты> · enable · disable"));
        return string.Join('\n', lines);
    }

    /// <summary>The enable button.</summary>
    public string CatalogEnableButton => T("✅ Enable", "✅ Включить");

    /// <summary>The disable button.</summary>
    public string CatalogDisableButton => T("⛔ Disable", "⛔ Выключить");

    /// <summary>The price button.</summary>
    public string CatalogPriceButton => T("💰 Set price", "💰 Указать цену");

    /// <summary>The scheduled sync's notice to admins.</summary>
    /// <param name="summary">The SDK report's first lines (English).</param>
    /// <returns>The text.</returns>
    public string CatalogScheduledNotice(string summary) => T(
        $"🔔 The scheduled catalog sync found changes:\n{summary}\nSend /sync for the full report.",
        $"🔔 Плановая синхронизация каталога нашла изменения:\n{summary}\nПолный отчёт: /sync.");
}
