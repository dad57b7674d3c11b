using Kie.Samples.TelegramBot.Catalog;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Catalog;

/// <summary>/sync in demo mode: the diff against the bundled remote catalog, and new models stored disabled.</summary>
public sealed class SyncCommandTests
{
    [Fact]
    public async Task Sync_shows_the_diff_with_the_new_models_and_the_changed_price()
    {
        await using var bot = CatalogKit.Create();

        var texts = await CatalogKit.AsAdminAsync(bot, "/sync");

        var report = string.Join("\n", texts);
        Assert.Contains("2 models added", report, StringComparison.Ordinal);
        Assert.Contains("+ demo/aurora-image \"Aurora Image\"", report, StringComparison.Ordinal);
        Assert.Contains("+ demo/echo-speech", report, StringComparison.Ordinal);
        Assert.Contains("~ z-image", report, StringComparison.Ordinal);
        Assert.Contains("1.2 credits per image", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Models removed", report, StringComparison.Ordinal);
        Assert.All(texts, text => Assert.True(text.Length <= 4096));
        Assert.Contains("/model demo-aurora-image", texts[^1], StringComparison.Ordinal);
        Assert.Contains(bot.Chat.LastScreen(CatalogKit.AdminId)!.AllButtons, button => button.Data == CatalogCallbacks.For(SyncedModelStore.KeyOf("demo-aurora-image"), CatalogCallbacks.View));
    }

    [Fact]
    public async Task New_models_are_stored_disabled_and_users_do_not_see_them()
    {
        await using var bot = CatalogKit.Create();

        await CatalogKit.AsAdminAsync(bot, "/sync");

        var stored = await CatalogKit.Store(bot).ListAsync();
        Assert.Equal(["demo/aurora-image", "demo/echo-speech"], stored.Select(model => model.ApiModel).Order(StringComparer.Ordinal));
        Assert.All(stored, model => Assert.False(model.Enabled));
        Assert.All(stored, model => Assert.Equal([SyncedModelField.Category, SyncedModelField.Price], model.Missing));
        var live = CatalogKit.Live(bot).Current.GetModel("demo-aurora-image");
        Assert.False(live.Enabled);
        Assert.Equal(KieModelCategory.Unknown, live.Category);
        Assert.False(await CatalogUserKit.IsOfferedAsync(bot, "demo-aurora-image", KieModelCategory.Image));
    }

    [Fact]
    public async Task A_second_sync_stores_nothing_again_and_lists_the_waiting_models()
    {
        await using var bot = CatalogKit.Create();
        await CatalogKit.AsAdminAsync(bot, "/sync");

        var texts = await CatalogKit.AsAdminAsync(bot, "/sync");

        Assert.Equal(2, (await CatalogKit.Store(bot).ListAsync()).Count);
        Assert.DoesNotContain("Models added", string.Join("\n", texts), StringComparison.Ordinal);
        Assert.Contains("waiting for you", texts[^1], StringComparison.Ordinal);
        Assert.Contains("/model demo-echo-speech", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_source_is_reported_and_changes_nothing()
    {
        var file = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N") + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "{ this is not json");
        try
        {
            await using var bot = CatalogKit.Create(sourceFile: file);
            var texts = await CatalogKit.AsAdminAsync(bot, "/sync");

            Assert.Contains("Catalog sync failed", texts[^1], StringComparison.Ordinal);
            Assert.Contains("Nothing changed", texts[^1], StringComparison.Ordinal);
            Assert.Empty(await CatalogKit.Store(bot).ListAsync());
            Assert.Equal(0, CatalogKit.Live(bot).Version);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_russian_admin_gets_russian_framing()
    {
        await using var bot = CatalogKit.Create();

        var texts = await CatalogKit.AsAdminAsync(bot, "/sync", language: "ru");

        Assert.Contains("Сравниваю каталог", texts[0], StringComparison.Ordinal);
        Assert.Contains("Сохранено новых моделей: 2", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_price_a_user_pays_for_a_synced_model_follows_the_pricing_policy()
    {
        await using var bot = CatalogKit.Create();
        await CatalogKit.AsAdminAsync(bot, "/sync");

        var card = await CatalogKit.AsAdminAsync(bot, "/model demo-aurora-image price 6");

        // 6 credits × 1 ₽ × markup 2.
        var prices = bot.Services.GetRequiredService<PriceCalculator>();
        Assert.Contains($"users pay {prices.FormatMinorUnits(1200)}", card[^1], StringComparison.Ordinal);
    }
}
