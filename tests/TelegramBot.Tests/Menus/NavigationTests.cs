using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class NavigationTests
{
    [Fact]
    public async Task Categories_offer_exactly_those_with_an_enabled_sellable_model()
    {
        await using var bot = BotHarness.Create();
        var catalog = bot.Services.GetRequiredService<ModelCatalog>();
        var expected = catalog.Models.Where(model => model.Enabled && model.IsSellable).Select(model => MenuCatalog.Code(model.Category)).Distinct().Order().ToArray();

        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);

        var offered = MenuKit.Buttons(bot).Where(data => data.StartsWith("category:", StringComparison.Ordinal)).Select(data => data["category:".Length..]).Order().ToArray();
        Assert.Equal(expected, offered);
        Assert.Contains("image", offered);
        Assert.Contains("video", offered);
    }

    [Fact]
    public async Task Every_offered_category_leads_through_a_model_and_a_mode_to_its_parameters()
    {
        await using var bot = BotHarness.Create();
        var menu = bot.Services.GetRequiredService<MenuCatalog>();

        foreach (var category in menu.Categories)
        {
            var model = menu.ModelsOf(category)[0];
            var mode = menu.ModesOf(model)[^1];
            await bot.SendTextAsync("/start");
            await bot.PressAsync(CallbackData.Generate);
            await bot.PressAsync(MenuCallbacks.Category(MenuCatalog.Code(category)));
            Assert.Contains(MenuKit.Model(model.Id), MenuKit.Buttons(bot));
            Assert.Equal(model.DisplayName, MenuKit.Label(bot, MenuKit.Model(model.Id)));

            await bot.PressAsync(MenuKit.Model(model.Id));
            if (menu.ModesOf(model).Count > 1)
            {
                Assert.Contains("choose a mode", MenuKit.Last(bot).Text, StringComparison.Ordinal);
                await bot.PressAsync(MenuKit.Mode(model.Id, mode.Id));
            }
            else
            {
                mode = menu.ModesOf(model)[0];
            }

            Assert.Contains($"{model.DisplayName} · {mode.DisplayName}", MenuKit.Last(bot).Text, StringComparison.Ordinal);
            var session = await MenuKit.SessionAsync(bot);
            Assert.Equal((MenuCatalog.Code(category), model.Id, mode.Id), (session.Category, session.Model, session.Mode));
        }
    }

    [Fact]
    public async Task A_model_with_one_sellable_mode_skips_the_mode_step()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        await bot.PressAsync("category:image");
        await bot.PressAsync("models:image:1");

        // GPT Image 2 has two modes, but its edit mode has no known price: only text-to-image is offered.
        await bot.PressAsync(MenuKit.Model("gpt-image-2"));

        Assert.Contains("GPT Image 2 · ", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("Send prompt as a message.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("text-to-image", (await MenuKit.SessionAsync(bot)).Mode);
    }

    [Fact]
    public async Task Models_without_a_price_are_not_offered_and_their_keys_do_not_resolve()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        await bot.PressAsync("category:image");
        await bot.PressAsync("models:image:1");

        var everything = bot.Chat.Calls.Where(call => call.Screen is not null).SelectMany(call => call.Screen!.AllButtons).Select(button => button.Data).ToHashSet();
        Assert.DoesNotContain(MenuKit.Model("gpt-image-1.5"), everything);
        Assert.DoesNotContain(MenuKit.Model("seedream-4"), everything);

        var pressed = await bot.PressAsync(MenuKit.Model("gpt-image-1.5"));
        Assert.Equal(Localization.BotTexts.For(Localization.BotLanguage.En).MenuExpired, MenuKit.Answer(bot, pressed));
    }

    [Fact]
    public async Task A_long_model_list_is_paged_with_next_and_previous()
    {
        await using var bot = BotHarness.Create();
        var models = bot.Services.GetRequiredService<MenuCatalog>().ModelsOf(KieModelCategory.Image);
        Assert.True(models.Count > NavigationScreens.ModelsPerPage, "the image category needs more than one page for this test");

        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        await bot.PressAsync("category:image");
        Assert.Contains("page 1 of 2", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(NavigationScreens.ModelsPerPage, MenuKit.Buttons(bot).Count(data => data.StartsWith("model:", StringComparison.Ordinal)));

        await bot.PressButtonAsync("Next");
        Assert.Contains("page 2 of 2", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains(MenuKit.Model(models[^1].Id), MenuKit.Buttons(bot));
        Assert.DoesNotContain(MenuKit.Model(models[0].Id), MenuKit.Buttons(bot));

        await bot.PressButtonAsync("Previous");
        Assert.Contains(MenuKit.Model(models[0].Id), MenuKit.Buttons(bot));
    }

    [Fact]
    public async Task Back_goes_from_a_parameter_to_the_overview_to_the_modes_to_the_models_to_the_categories_to_the_main_menu()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "edit");
        Assert.Contains("Send prompt as a message.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        var message = bot.Chat.FindMessageWithButton(BotHarness.UserId, MenuCallbacks.Cancel);

        await bot.PressButtonAsync("Back");
        Assert.Contains("Price and confirm", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Null((await MenuKit.SessionAsync(bot)).Awaiting);

        await bot.PressButtonAsync("Back");
        Assert.Contains("Nano Banana: choose a mode", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressButtonAsync("Back");
        Assert.Contains("Images: choose a model", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressButtonAsync("Back");
        Assert.Contains("What shall we create?", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressButtonAsync("Back");
        Assert.Contains("Choose what to do", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        // The whole walk happened in one message, edited in place.
        Assert.Equal(message, bot.Chat.FindMessageWithButton(BotHarness.UserId, CallbackData.Generate));
    }

    [Fact]
    public async Task Back_to_the_same_mode_keeps_the_values_set_and_another_mode_starts_afresh()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "text-to-image");
        await bot.SendTextAsync("a red fox");
        Assert.Equal("a red fox", (await MenuKit.SessionAsync(bot)).Parameters["prompt"]!.GetValue<string>());

        await bot.PressButtonAsync("Back");
        await bot.PressAsync(MenuKit.Mode("nano-banana", "text-to-image"));
        Assert.True((await MenuKit.SessionAsync(bot)).Parameters.ContainsKey("prompt"));

        await bot.PressButtonAsync("Back");
        await bot.PressAsync(MenuKit.Mode("nano-banana", "edit"));
        Assert.Empty((await MenuKit.SessionAsync(bot)).Parameters);
    }
}
