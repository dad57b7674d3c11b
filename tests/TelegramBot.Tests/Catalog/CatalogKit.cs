using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Tests.Admin;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Catalog;

/// <summary>
/// Catalog-sync tests' shared steps: a harness with an admin (<see cref="AdminKit.AdminId"/>), remote listings written to
/// a file (<c>Bot:CatalogSync:Source</c>) so a test can change or break the source, and reads of what was stored.
/// </summary>
internal static class CatalogKit
{
    public const long AdminId = AdminKit.AdminId;

    /// <summary>A demo-mode harness with one admin; the remote catalog is the bundled demo one unless <paramref name="sourceFile"/>.</summary>
    public static BotHarness Create(string? sourceFile = null, TimeSpan? interval = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Admins:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:CatalogSync:Interval"] = (interval ?? TimeSpan.Zero).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (sourceFile is not null)
        {
            settings["Bot:CatalogSync:Source"] = sourceFile;
        }

        return BotHarness.Create(settings);
    }

    /// <summary>
    /// Writes a listing in KIE's shape: every API model of the embedded catalog, plus <paramref name="extra"/> entries
    /// (JSON objects) after them.
    /// </summary>
    public static void WriteListing(string path, params string[] extra)
    {
        var ids = ModelCatalog.LoadEmbedded().Models.SelectMany(model => model.Modes).Select(mode => mode.ApiModel).Distinct(StringComparer.Ordinal);
        var entries = ids.Select(id => $$"""{ "model": "{{id}}" }""").Concat(extra);
        File.WriteAllText(path, "{ \"code\": 200, \"msg\": \"success\", \"data\": { \"models\": [\n" + string.Join(",\n", entries) + "\n] } }");
    }

    /// <summary>A listing entry for a new model with a prompt.</summary>
    public static string NewModel(string apiModel, string title, string taskType = "text-to-image") =>
        $$"""{ "model": "{{apiModel}}", "title": "{{title}}", "provider": "Test", "taskType": "{{taskType}}", "pricingDesc": "5 credits per image" }""";

    /// <summary>Sends a command as the admin and returns every text the admin got for it.</summary>
    public static async Task<IReadOnlyList<string>> AsAdminAsync(BotHarness bot, string command, string language = "en")
    {
        var before = bot.Chat.TextsIn(AdminId).Count;
        await bot.SendTextAsync(command, AdminId, language);
        return bot.Chat.TextsIn(AdminId).Skip(before).ToArray();
    }

    public static SyncedModelStore Store(BotHarness bot) => bot.Services.GetRequiredService<SyncedModelStore>();

    public static LiveCatalog Live(BotHarness bot) => bot.Services.GetRequiredService<LiveCatalog>();

    /// <summary>The stored model for an API model id (fails when there is none).</summary>
    public static async Task<SyncedModel> StoredAsync(BotHarness bot, string apiModel) =>
        await Store(bot).FindAsync(apiModel) ?? throw new Xunit.Sdk.XunitException($"{apiModel} was not stored.");
}
