using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Templates;
using Kie.Samples.TelegramBot.Tests.History;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Templates;

public sealed class BuiltInTemplateTests
{
    private const string Valid = """
        { "templates": [ { "id": "ok", "name": { "en": "OK", "ru": "ОК" }, "model": "nano-banana", "mode": "text-to-image",
          "parameters": { "image_size": "1:1" },
          "prompt": { "text": "A photo of {input}", "question": { "en": "What?", "ru": "Что?" }, "example": { "en": "a cat", "ru": "кот" } } } ] }
        """;

    [Fact]
    public async Task Every_shipped_template_is_valid_against_the_catalog_and_covers_image_video_and_audio()
    {
        await using var bot = HistoryKit.Create();
        var live = bot.Services.GetRequiredService<LiveCatalog>();

        var templates = BuiltInTemplates.LoadEmbedded(live.Current, live.Prices);

        Assert.True(templates.All.Count >= 5);
        Assert.Empty(BuiltInTemplates.Check(templates.All, live.Current, live.Prices));
        var categories = templates.All.Select(template => live.Current.GetModel(template.ModelId).Category).ToHashSet();
        Assert.Contains(KieModelCategory.Image, categories);
        Assert.Contains(KieModelCategory.Video, categories);
        Assert.Contains(KieModelCategory.Speech, categories);
        Assert.All(templates.All, template => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(HistoryCallbacks.ForTemplate(HistoryCallbacks.Run, template.Id)), 1, 64));
    }

    [Theory]
    [InlineData("\"model\": \"nano-banana\"", "\"model\": \"no-such-model\"", "template 'ok': model 'no-such-model' is not in the catalog")]
    [InlineData("\"mode\": \"text-to-image\"", "\"mode\": \"painting\"", "template 'ok': model 'nano-banana' has no mode 'painting'")]
    [InlineData("\"1:1\"", "\"7:1\"", "template 'ok': image_size")]
    [InlineData("A photo of {input}", "A photo", "Built-in template 'ok': prompt.text must contain {input} exactly once")]
    public async Task An_invalid_template_fails_loading_with_its_name_and_problem(string from, string to, string expected)
    {
        await using var bot = HistoryKit.Create();
        var live = bot.Services.GetRequiredService<LiveCatalog>();
        BuiltInTemplates.Load(Valid, live.Current, live.Prices);

        var error = Assert.Throws<InvalidOperationException>(() => BuiltInTemplates.Load(Valid.Replace(from, to, StringComparison.Ordinal), live.Current, live.Prices));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsellable_template_is_refused()
    {
        await using var bot = HistoryKit.Create();
        var live = bot.Services.GetRequiredService<LiveCatalog>();
        var json = """
            { "templates": [ { "id": "sfx", "name": { "en": "SFX", "ru": "Звук" }, "model": "elevenlabs-sound-effect", "mode": "sound-effect",
              "parameters": { "text": "rain on a tin roof" } } ] }
            """;

        var error = Assert.Throws<InvalidOperationException>(() => BuiltInTemplates.Load(json, live.Current, live.Prices));

        Assert.Contains("template 'sfx': no price is known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_a_built_in_template_asks_its_question_then_shows_the_summary()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        await bot.SendTextAsync("/start");
        await bot.PressAsync(Kie.Samples.TelegramBot.Conversation.CallbackData.Templates);
        await bot.PressButtonAsync("Studio portrait");
        Assert.Contains("Who is in the portrait?", HistoryKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressButtonAsync("Run");
        Assert.Contains("Who is in the portrait?", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.SendTextAsync("a jazz trumpeter");

        Assert.Contains("Check your order", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        var session = await Kie.Samples.TelegramBot.Tests.Menus.MenuKit.SessionAsync(bot);
        Assert.Equal("nano-banana", session.Model);
        Assert.Equal("3:4", session.Parameters["image_size"]!.GetValue<string>());
        Assert.Equal("Professional studio portrait of a jazz trumpeter, soft key light, shallow depth of field, 85mm lens, high detail", session.Parameters["prompt"]!.GetValue<string>());
        Assert.Equal(0, await HistoryKit.OrderCountAsync(bot));

        await bot.PressAsync(HistoryKit.ConfirmData(bot));
        Assert.Equal(1, await HistoryKit.OrderCountAsync(bot));
    }

    [Fact]
    public async Task Start_up_fails_when_a_built_in_template_is_invalid()
    {
        // A catalog without the templates' models stands in for a broken data file: the check runs when the bot starts.
        await using var bot = HistoryKit.Create(configureServices: services => services.AddSingleton(provider =>
        {
            var live = provider.GetRequiredService<LiveCatalog>();
            return BuiltInTemplates.Load(Valid.Replace("nano-banana", "gone-model", StringComparison.Ordinal), live.Current, live.Prices);
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(bot.StartAsync);

        Assert.Contains("template 'ok': model 'gone-model' is not in the catalog", error.Message, StringComparison.Ordinal);
    }
}
