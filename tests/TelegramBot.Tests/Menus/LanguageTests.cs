using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class LanguageTests
{
    [Fact]
    public async Task Language_offers_english_and_russian_and_switching_changes_every_text_after()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/language");
        Assert.Equal([CallbackData.LanguagePrefix + "en", CallbackData.LanguagePrefix + "ru", CallbackData.MainMenu], MenuKit.Buttons(bot));
        Assert.Equal("✅ 🇬🇧 English", MenuKit.Label(bot, "lang:en"));

        await bot.PressAsync("lang:ru");

        Assert.Contains("Язык: русский.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("Добро пожаловать", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("ДЕМО-РЕЖИМ", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(BotLanguage.Ru, (await bot.Services.GetRequiredService<UserStore>().FindAsync(BotHarness.UserId))!.Language);

        await bot.PressAsync(CallbackData.Generate);
        Assert.Contains("Что создаём?", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("🖼 Изображения", MenuKit.Label(bot, "category:image"));

        await bot.SendTextAsync("/nonsense");
        Assert.EndsWith("Я не знаю такой команды — см. /help", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("/language");
        await bot.PressAsync("lang:en");
        Assert.Contains("Language: English.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_client_starts_in_russian_and_refusals_are_russian_too()
    {
        await using var bot = BotHarness.Create();

        await bot.SendTextAsync("/start", language: "ru");
        Assert.Contains("Добро пожаловать", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await MenuKit.OpenAsync(bot, "seedream-3", "text-to-image");
        Assert.Contains("Отправьте prompt сообщением.", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.SendTextAsync("тихая гавань");
        await bot.PressAsync(MenuKit.Param("guidance_scale"));
        await bot.SendTextAsync("50");

        var refusal = MenuKit.Last(bot).Text;
        Assert.Contains("значение не подходит", refusal, StringComparison.Ordinal);
        Assert.Contains("число от 1 до 10", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_code_is_stale_data()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/start");

        var pressed = await bot.PressAsync("lang:de");

        Assert.Equal(BotTexts.For(BotLanguage.En).MenuExpired, MenuKit.Answer(bot, pressed));
        Assert.Equal(BotLanguage.En, (await bot.Services.GetRequiredService<UserStore>().FindAsync(BotHarness.UserId))!.Language);
    }
}
