using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Catalog;

/// <summary>An admin completes a synced model (category, price), enables it, and users can buy it at once.</summary>
public sealed class ModelCompletionTests
{
    private const string Aurora = "demo-aurora-image";

    [Fact]
    public async Task Enable_is_refused_while_the_category_and_price_are_missing_and_says_which()
    {
        await using var bot = CatalogKit.Create();
        await CatalogKit.AsAdminAsync(bot, "/sync");

        var reply = (await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} enable"))[^1];

        Assert.Contains("cannot be enabled yet — missing: category, price", reply, StringComparison.Ordinal);
        Assert.False((await CatalogKit.StoredAsync(bot, "demo/aurora-image")).Enabled);

        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} category image");
        reply = (await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} enable"))[^1];

        Assert.Contains("missing: price.", reply, StringComparison.Ordinal);
        Assert.False(CatalogKit.Live(bot).Current.GetModel(Aurora).Enabled);
    }

    [Theory]
    [InlineData("price 0", "is not a price")]
    [InlineData("price -5", "is not a price")]
    [InlineData("price abc", "is not a price")]
    [InlineData("category music", "is not a category")]
    [InlineData("frobnicate", "Usage: /model")]
    public async Task Bad_values_are_refused_and_change_nothing(string arguments, string expected)
    {
        await using var bot = CatalogKit.Create();
        await CatalogKit.AsAdminAsync(bot, "/sync");

        var reply = (await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} {arguments}"))[^1];

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        var stored = await CatalogKit.StoredAsync(bot, "demo/aurora-image");
        Assert.Equal((null, null, false), (stored.Category, stored.Credits, stored.Enabled));
    }

    [Fact]
    public async Task Completing_and_enabling_with_commands_puts_the_model_on_sale_with_a_quote()
    {
        await using var bot = CatalogKit.Create();
        await bot.FundAsync(100_000);
        await CatalogKit.AsAdminAsync(bot, "/sync");

        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} category image");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} price 6,5");
        var card = (await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} enable"))[^1];

        Assert.Contains("Status: ✅ on sale", card, StringComparison.Ordinal);
        var summary = await CatalogUserKit.QuoteAsync(bot, Aurora, "text-to-image", KieModelCategory.Image, "a lighthouse at dawn");
        var prices = bot.Services.GetRequiredService<PriceCalculator>();
        Assert.Contains($"Price: {prices.FormatMinorUnits(1300)} (6.5 credits)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_and_enabling_with_the_card_buttons_works_too()
    {
        await using var bot = CatalogKit.Create();
        await bot.FundAsync(100_000);
        await CatalogKit.AsAdminAsync(bot, "/sync");
        var key = SyncedModelStore.KeyOf("demo-echo-speech");

        await bot.PressAsync(CatalogCallbacks.For(key, CatalogCallbacks.View), CatalogKit.AdminId);
        await bot.PressAsync(CatalogCallbacks.For(key, "c.speech"), CatalogKit.AdminId);
        await bot.PressAsync(CatalogCallbacks.For(key, CatalogCallbacks.Price), CatalogKit.AdminId);
        Assert.Contains("/model demo-echo-speech price 6.5", bot.Chat.TextsIn(CatalogKit.AdminId)[^1], StringComparison.Ordinal);
        await CatalogKit.AsAdminAsync(bot, "/model demo-echo-speech price 3");
        await bot.PressAsync(CatalogCallbacks.For(key, CatalogCallbacks.Enable), CatalogKit.AdminId);

        var card = bot.Chat.LastScreen(CatalogKit.AdminId)!;
        Assert.Contains("Status: ✅ on sale", card.Text, StringComparison.Ordinal);
        Assert.Contains("✓ 🗣 Speech", card.AllButtons.Select(button => button.Label));
        Assert.All(card.AllButtons, button => Assert.True(System.Text.Encoding.UTF8.GetByteCount(button.Data!) <= 64));
        Assert.True(await CatalogUserKit.IsOfferedAsync(bot, "demo-echo-speech", KieModelCategory.Speech));
    }

    [Fact]
    public async Task Disabling_takes_the_model_off_sale_at_once()
    {
        await using var bot = CatalogKit.Create();
        await CatalogKit.AsAdminAsync(bot, "/sync");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} category image");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} price 6");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} enable");
        Assert.True(await CatalogUserKit.IsOfferedAsync(bot, Aurora, KieModelCategory.Image));

        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} disable");

        Assert.False(await CatalogUserKit.IsOfferedAsync(bot, Aurora, KieModelCategory.Image));
        Assert.False((await CatalogKit.StoredAsync(bot, "demo/aurora-image")).Enabled);
    }

    [Fact]
    public async Task An_enabled_model_survives_a_restart()
    {
        await using var bot = CatalogKit.Create();
        await bot.FundAsync(100_000);
        await CatalogKit.AsAdminAsync(bot, "/sync");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} category image");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} price 6");
        await CatalogKit.AsAdminAsync(bot, $"/model {Aurora} enable");

        await bot.RestartAsync();

        Assert.True(CatalogKit.Live(bot).Current.GetModel(Aurora).IsSellable);
        Assert.False(CatalogKit.Live(bot).Current.GetModel("demo-echo-speech").Enabled);
        var summary = await CatalogUserKit.QuoteAsync(bot, Aurora, "text-to-image", KieModelCategory.Image, "a lighthouse at dawn");
        var prices = bot.Services.GetRequiredService<PriceCalculator>();
        Assert.Contains($"Price: {prices.FormatMinorUnits(1200)} (6 credits)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_lists_what_sync_added_with_their_state()
    {
        await using var bot = CatalogKit.Create();
        Assert.Contains("No models were added", (await CatalogKit.AsAdminAsync(bot, "/models"))[^1], StringComparison.Ordinal);
        await CatalogKit.AsAdminAsync(bot, "/sync");

        var list = (await CatalogKit.AsAdminAsync(bot, "/models"))[^1];

        Assert.Contains("/model demo-aurora-image — demo/aurora-image ⛔", list, StringComparison.Ordinal);
        Assert.Contains("/model demo-echo-speech — demo/echo-speech ⛔", list, StringComparison.Ordinal);
    }
}
