using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Catalog;

/// <summary>What a plain user sees of a model: whether the category offers it, and the quote for one generation.</summary>
internal static class CatalogUserKit
{
    /// <summary>Whether the category's pages, as a user pages through them from /start, offer the model.</summary>
    public static async Task<bool> IsOfferedAsync(BotHarness bot, string modelId, KieModelCategory category)
    {
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        if (!MenuKit.Buttons(bot).Contains(MenuCallbacks.Category(CategoryCodes.Code(category))))
        {
            return false;
        }

        await bot.PressAsync(MenuCallbacks.Category(CategoryCodes.Code(category)));
        var offered = bot.Services.GetRequiredService<MenuCatalog>().ModelsOf(category).Count;
        for (var page = 0; page * NavigationScreens.ModelsPerPage < offered; page++)
        {
            if (page > 0)
            {
                await bot.PressAsync(MenuCallbacks.ModelsPage(CategoryCodes.Code(category), page));
            }

            if (MenuKit.Buttons(bot).Contains(MenuKit.Model(modelId)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Opens the model as a user would, enters a prompt and returns the summary screen's text (with the quote).</summary>
    public static async Task<string> QuoteAsync(BotHarness bot, string modelId, string modeId, KieModelCategory category, string prompt)
    {
        Assert.True(await IsOfferedAsync(bot, modelId, category), $"{modelId} is not offered in {category}.");
        await bot.PressAsync(MenuKit.Model(modelId));
        if (MenuKit.Buttons(bot).Contains(MenuKit.Mode(modelId, modeId)))
        {
            await bot.PressAsync(MenuKit.Mode(modelId, modeId));
        }

        await bot.SendTextAsync(prompt);
        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        return MenuKit.Last(bot).Text;
    }
}
