using System.Text;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class CallbackDataTests
{
    private const string CyrillicModel = "cyrillic-test";
    private const string CyrillicParameter = "стиль_изображения";
    private const string CyrillicValue = "Кинематографичный стиль с очень длинным названием для проверки";
    private static readonly string Expired = BotTexts.For(BotLanguage.En).MenuExpired;

    [Fact]
    public async Task Every_datum_for_the_whole_catalog_fits_64_bytes_and_resolves_back_after_a_restart()
    {
        await using var bot = CyrillicBot();
        var catalog = bot.Services.GetRequiredService<ModelCatalog>();
        var keys = bot.Services.GetRequiredService<CallbackKeyStore>();
        Assert.True(Encoding.UTF8.GetByteCount(CyrillicValue) > CallbackData.MaxBytes, "the Cyrillic value must not fit by itself");

        var expected = new List<(string Data, CallbackKeyKind Kind, string Value, CallbackKeyKind? SecondKind, string? SecondValue)>();
        foreach (var category in Enum.GetValues<KieModelCategory>())
        {
            var code = MenuCatalog.Code(category);
            expected.Add((MenuCallbacks.Category(code), CallbackKeyKind.Model, string.Empty, null, null));
            expected.Add((MenuCallbacks.ModelsPage(code, 9_999), CallbackKeyKind.Model, string.Empty, null, null));
        }

        foreach (var model in catalog.Models)
        {
            var modelKey = keys.KeyFor(CallbackKeyKind.Model, model.Id);
            expected.Add((MenuCallbacks.Model(modelKey), CallbackKeyKind.Model, model.Id, null, null));
            foreach (var mode in model.Modes)
            {
                expected.Add((MenuCallbacks.Mode(modelKey, keys.KeyFor(CallbackKeyKind.Mode, mode.Id)), CallbackKeyKind.Model, model.Id, CallbackKeyKind.Mode, mode.Id));
                foreach (var tier in mode.SpeedTiers)
                {
                    expected.Add((MenuCallbacks.Tier(keys.KeyFor(CallbackKeyKind.Tier, tier.Id)), CallbackKeyKind.Tier, tier.Id, null, null));
                }

                foreach (var parameter in mode.Parameters)
                {
                    var parameterKey = keys.KeyFor(CallbackKeyKind.Parameter, parameter.Name);
                    foreach (var data in new[] { MenuCallbacks.ParameterInput(parameterKey), MenuCallbacks.ParameterPage(parameterKey, 9_999), MenuCallbacks.Skip(parameterKey), MenuCallbacks.Done(parameterKey), MenuCallbacks.Clear(parameterKey) })
                    {
                        expected.Add((data, CallbackKeyKind.Parameter, parameter.Name, null, null));
                    }

                    foreach (var value in parameter.AllowedValues.Concat(ParameterText.ChoiceValues(parameter)).Distinct())
                    {
                        expected.Add((MenuCallbacks.SetParameter(parameterKey, keys.KeyFor(CallbackKeyKind.Value, value)), CallbackKeyKind.Parameter, parameter.Name, CallbackKeyKind.Value, value));
                    }
                }
            }
        }

        expected.Add((MenuCallbacks.Confirm(new string('z', 16)), CallbackKeyKind.Model, string.Empty, null, null));
        Assert.Contains(expected, entry => entry.SecondValue == CyrillicValue);
        await keys.FlushAsync(CancellationToken.None);

        Assert.All(expected, entry => Assert.True(Encoding.UTF8.GetByteCount(entry.Data) <= CallbackData.MaxBytes, $"'{entry.Data}' is {Encoding.UTF8.GetByteCount(entry.Data)} bytes"));
        Assert.All(expected, entry => Assert.NotEqual(MenuActionKind.None, MenuCallbacks.Parse(entry.Data).Kind));

        // A new engine on the same database resolves every key from the table, not from the old one's memory.
        await bot.RestartAsync();
        var fresh = bot.Services.GetRequiredService<CallbackKeyStore>();
        Assert.NotSame(keys, fresh);
        foreach (var entry in expected.Where(entry => entry.Value.Length > 0))
        {
            var action = MenuCallbacks.Parse(entry.Data);
            Assert.Equal(entry.Value, await fresh.ResolveAsync(entry.Kind, action.First!, CancellationToken.None));
            if (entry.SecondKind is { } secondKind)
            {
                Assert.Equal(entry.SecondValue, await fresh.ResolveAsync(secondKind, action.Second!, CancellationToken.None));
            }
        }
    }

    [Fact]
    public async Task Every_button_of_every_offered_menu_fits_64_bytes_and_leads_to_what_it_says()
    {
        await using var bot = CyrillicBot();
        var menu = bot.Services.GetRequiredService<MenuCatalog>();
        var keys = bot.Services.GetRequiredService<CallbackKeyStore>();
        var questions = 0;
        var choices = 0;
        await bot.SendTextAsync("/start");
        foreach (var category in menu.Categories)
        {
            var models = menu.ModelsOf(category);
            foreach (var model in models)
            {
                var page = models.ToList().IndexOf(model) / NavigationScreens.ModelsPerPage;
                await bot.PressAsync(MenuCallbacks.ModelsPage(MenuCatalog.Code(category), page));
                Assert.Equal(model.DisplayName, MenuKit.Label(bot, MenuKit.Model(model.Id)));
                foreach (var mode in menu.ModesOf(model))
                {
                    await bot.PressAsync(MenuKit.Model(model.Id));
                    if (menu.ModesOf(model).Count > 1)
                    {
                        Assert.Equal(mode.DisplayName, MenuKit.Label(bot, MenuKit.Mode(model.Id, mode.Id)));
                        await bot.PressAsync(MenuKit.Mode(model.Id, mode.Id));
                    }

                    await bot.PressAsync(MenuCallbacks.Parameters);
                    Assert.Contains($"{model.DisplayName} · {mode.DisplayName}", MenuKit.Last(bot).Text, StringComparison.Ordinal);
                    foreach (var parameter in mode.Parameters)
                    {
                        await bot.PressAsync(MenuKit.Param(parameter.Name));
                        questions++;
                        Assert.Contains(parameter.Name.Trim() + (ParameterText.IsChoice(parameter) ? ":" : string.Empty), MenuKit.Last(bot).Text, StringComparison.Ordinal);
                        foreach (var button in MenuKit.Last(bot).AllButtons.Where(button => button.Data!.StartsWith("set_param:", StringComparison.Ordinal)))
                        {
                            var action = MenuCallbacks.Parse(button.Data!);
                            Assert.Equal(parameter.Name, await keys.ResolveAsync(CallbackKeyKind.Parameter, action.First!, CancellationToken.None));
                            var value = await keys.ResolveAsync(CallbackKeyKind.Value, action.Second!, CancellationToken.None);
                            Assert.Equal(ParameterText.ChoiceLabel(parameter, value!, BotTexts.For(BotLanguage.En)), button.Label.Replace("✅ ", string.Empty, StringComparison.Ordinal));
                            choices++;
                        }
                    }
                }
            }
        }

        var everyButton = bot.Chat.Calls.Where(call => call.Screen is not null).SelectMany(call => call.Screen!.AllButtons).ToArray();
        Assert.All(everyButton, button => Assert.True(Encoding.UTF8.GetByteCount(button.Data!) <= CallbackData.MaxBytes, $"'{button.Data}' is too long"));
        var offered = menu.Categories.SelectMany(menu.ModelsOf).SelectMany(menu.ModesOf).ToArray();
        Assert.Equal(offered.Sum(mode => mode.Parameters.Count), questions);
        Assert.Equal(offered.SelectMany(mode => mode.Parameters).Where(ParameterText.IsChoice).Sum(parameter => Math.Min(ParameterScreens.ValuesPerPage, ParameterText.ChoiceValues(parameter).Count)), choices);
        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains(BotTexts.For(BotLanguage.En).SomethingWentWrong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cyrillic_value_is_offered_pressed_and_stored_exactly()
    {
        await using var bot = CyrillicBot();
        await MenuKit.OpenAsync(bot, CyrillicModel, "text-to-image");
        await bot.SendTextAsync("портрет кота");
        await bot.PressAsync(MenuKit.Param(CyrillicParameter));
        var data = MenuKit.Set(CyrillicParameter, CyrillicValue);
        Assert.Contains(data, MenuKit.Buttons(bot));

        await bot.PressAsync(data);

        Assert.Equal(CyrillicValue, (await MenuKit.SessionAsync(bot)).Parameters[CyrillicParameter]!.GetValue<string>());
        await bot.PressAsync(MenuKit.Param(CyrillicParameter));
        Assert.Equal("✅ " + CyrillicValue, MenuKit.Label(bot, data));
    }

    [Theory]
    [InlineData("model:zzzzzzzzzz")]
    [InlineData("model:AAAAAAAAAA")]
    [InlineData("model:привет")]
    [InlineData("model:")]
    [InlineData("mode:abc")]
    [InlineData("mode:zzzzzzzzzz:zzzzzzzzzz")]
    [InlineData("category:nonexistent")]
    [InlineData("category:audio")]
    [InlineData("models:image:x")]
    [InlineData("param_input:zzzzzzzzzz")]
    [InlineData("set_param:zzzzzzzzzz:zzzzzzzzzz")]
    [InlineData("set_param:a:b:c")]
    [InlineData("skip:zzzzzzzzzz")]
    [InlineData("tier:zzzzzzzzzz")]
    [InlineData("confirm:whatever")]
    [InlineData("params")]
    [InlineData("show_price_confirmation")]
    [InlineData("menu:nothing")]
    public async Task Forged_data_is_answered_menu_expired_without_an_error(string data)
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/start");

        var pressed = await bot.PressAsync(data);

        Assert.Equal(Expired, MenuKit.Answer(bot, pressed));
        Assert.Single(bot.Chat.TextsIn(BotHarness.UserId));
    }

    [Fact]
    public async Task Real_keys_in_the_wrong_place_or_for_another_model_are_stale()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "text-to-image");
        await bot.SendTextAsync("a lighthouse");
        await bot.PressAsync(MenuKit.Param("image_size"));
        var oldChoice = MenuKit.Set("image_size", "16:9");
        Assert.Contains(oldChoice, MenuKit.Buttons(bot));

        // A value key where a model key belongs.
        var misplaced = await bot.PressAsync(MenuCallbacks.Model(MenuKit.Key(CallbackKeyKind.Value, "16:9")));
        Assert.Equal(Expired, MenuKit.Answer(bot, misplaced));

        // A value the parameter does not offer, though its key is real.
        await bot.PressAsync(MenuKit.Param("output_format"));
        var foreign = await bot.PressAsync(MenuKit.Set("output_format", "16:9"));
        Assert.Equal(Expired, MenuKit.Answer(bot, foreign));

        // A choice from the previous model's menu after switching models.
        await MenuKit.OpenAsync(bot, "kling-2.6", "text-to-video");
        var stale = await bot.PressAsync(oldChoice);
        Assert.Equal(Expired, MenuKit.Answer(bot, stale));
        Assert.False((await MenuKit.SessionAsync(bot)).Parameters.ContainsKey("image_size"));
    }

    private static BotHarness CyrillicBot() => BotHarness.Create(configureServices: services =>
    {
        const string patch = $$"""
            {
              "models": [{
                "id": "{{CyrillicModel}}",
                "displayName": "Тест кириллицы",
                "category": "image",
                "modes": [{
                  "id": "text-to-image",
                  "displayName": "Текст в изображение",
                  "apiModel": "test/cyrillic",
                  "parameters": [
                    { "name": "prompt", "type": "string", "required": true, "minLength": 1 },
                    { "name": "{{CyrillicParameter}}", "type": "enum", "values": ["{{CyrillicValue}}", "Акварель", "Масло"] }
                  ],
                  "pricing": { "source": "test", "date": "2026-01-01", "confidence": "exact", "rules": [{ "credits": 4 }] }
                }]
              }]
            }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(patch));
        services.AddSingleton(ModelCatalog.LoadEmbedded().WithOverride(stream));
    });
}
