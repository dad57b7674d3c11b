using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>The choice screens: categories, models (paged), modes. Values in buttons are short keys.</summary>
internal sealed class NavigationScreens
{
    /// <summary>Models per page.</summary>
    public const int ModelsPerPage = 10;

    private readonly MenuCatalog _catalog;
    private readonly CallbackKeyStore _keys;

    /// <summary>Creates the screens.</summary>
    /// <param name="catalog">What is on offer.</param>
    /// <param name="keys">The callback keys.</param>
    public NavigationScreens(MenuCatalog catalog, CallbackKeyStore keys)
    {
        _catalog = catalog;
        _keys = keys;
    }

    /// <summary>The categories on offer.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <returns>The screen.</returns>
    public Screen Categories(BotTexts texts)
    {
        var buttons = new ScreenButton[_catalog.Categories.Count];
        for (var index = 0; index < buttons.Length; index++)
        {
            var category = _catalog.Categories[index];
            buttons[index] = ScreenButton.Callback(texts.CategoryName(category), MenuCallbacks.Category(MenuCatalog.Code(category)));
        }

        var rows = MenuLayout.Rows(buttons, 2);
        rows.Add(MenuLayout.BackAndCancel(texts, CallbackData.MainMenu));
        return new Screen(texts.ChooseCategory, rows);
    }

    /// <summary>A page of a category's models.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="category">The category.</param>
    /// <param name="page">The page, from 0 (clamped).</param>
    /// <returns>The screen.</returns>
    public Screen Models(BotTexts texts, KieModelCategory category, int page)
    {
        var models = _catalog.ModelsOf(category);
        var (start, length, current, pages) = MenuLayout.Page(models.Count, page, ModelsPerPage);
        var buttons = new ScreenButton[length];
        for (var index = 0; index < length; index++)
        {
            var model = models[start + index];
            buttons[index] = ScreenButton.Callback(model.DisplayName, MenuCallbacks.Model(_keys.KeyFor(CallbackKeyKind.Model, model.Id)));
        }

        var rows = MenuLayout.Rows(buttons, 2);
        var code = MenuCatalog.Code(category);
        if (MenuLayout.PagingRow(texts, current, pages, target => MenuCallbacks.ModelsPage(code, target)) is { } paging)
        {
            rows.Add(paging);
        }

        rows.Add(MenuLayout.BackAndCancel(texts, CallbackData.Generate));
        return new Screen(texts.ChooseModel(texts.CategoryName(category), current + 1, pages), rows);
    }

    /// <summary>A model's modes.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="model">The model.</param>
    /// <returns>The screen.</returns>
    public Screen Modes(BotTexts texts, KieModelInfo model)
    {
        var modes = _catalog.ModesOf(model);
        var modelKey = _keys.KeyFor(CallbackKeyKind.Model, model.Id);
        var buttons = new ScreenButton[modes.Count];
        for (var index = 0; index < buttons.Length; index++)
        {
            buttons[index] = ScreenButton.Callback(modes[index].DisplayName, MenuCallbacks.Mode(modelKey, _keys.KeyFor(CallbackKeyKind.Mode, modes[index].Id)));
        }

        var rows = MenuLayout.Rows(buttons, 1);
        rows.Add(MenuLayout.BackAndCancel(texts, MenuCallbacks.Category(MenuCatalog.Code(model.Category))));
        var text = texts.ChooseMode(model.DisplayName);
        return new Screen(string.IsNullOrWhiteSpace(model.Description) ? text : model.Description + "\n\n" + text, rows);
    }
}
