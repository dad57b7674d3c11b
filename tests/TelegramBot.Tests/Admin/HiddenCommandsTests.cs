using System.Text;
using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Payments;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Admin;

/// <summary>
/// A non-admin cannot tell an admin command exists: every registered <see cref="AdminCommandInfo"/> (whatever feature
/// added it) and every built-in admin command gets exactly the reply of a nonsense command, and changes nothing.
/// </summary>
public sealed class HiddenCommandsTests
{
    private static readonly string[] BuiltIn =
    [
        "/admin", "/credit 1001 100 a gift", "/debit 1001 1 a fine", "/refund charge-1", "/payments", "/user 1001", "/user @tester1001",
        "/failed", "/failed 5", "/sync", "/models", "/model demo-aurora-image", "/model demo-aurora-image enable",
        "/model demo-aurora-image category image", "/model demo-aurora-image price 5",
    ];

    [Fact]
    public async Task Every_admin_command_from_a_non_admin_gets_the_unknown_command_reply_and_changes_nothing()
    {
        await using var bot = await AdminKit.CreateAsync();
        await PaymentsKit.BuyAndPayAsync(bot, 100, "charge-1");
        await AdminKit.AsAdminAsync(bot, "/sync");
        var live = bot.Services.GetRequiredService<LiveCatalog>();
        var commands = Commands(bot);
        Assert.Contains(commands, command => command.StartsWith("/sync", StringComparison.Ordinal));

        var unknown = await ReplyAsync(bot, "/nosuchcommand");
        var volatileTables = await VolatileTablesAsync(bot);
        foreach (var command in commands)
        {
            var before = await SnapshotAsync(bot, volatileTables);
            var calls = bot.Chat.Calls.Count;
            var version = live.Version;

            var reply = await ReplyAsync(bot, command);

            Assert.True(unknown == reply, $"'{command}' answered a non-admin with:\n{reply}\ninstead of:\n{unknown}");
            Assert.Equal(calls + 1, bot.Chat.Calls.Count);
            Assert.Equal(version, live.Version);
            Assert.Equal(before, await SnapshotAsync(bot, volatileTables));
        }

        Assert.Empty(bot.Chat.Refunds);
    }

    [Fact]
    public async Task A_catalog_button_from_a_non_admin_is_answered_like_any_stale_button()
    {
        await using var bot = await AdminKit.CreateAsync();
        await AdminKit.AsAdminAsync(bot, "/sync");
        var key = SyncedModelStore.KeyOf("demo-aurora-image");

        var stale = await AnswerAsync(bot, "nosuch:button");
        var enable = await AnswerAsync(bot, CatalogCallbacks.For(key, "c.image"));

        Assert.Equal(stale, enable);
        Assert.Null((await bot.Services.GetRequiredService<SyncedModelStore>().FindAsync(key))!.Category);
    }

    /// <summary>Every registered admin command with sample arguments (and bare), plus the built-in ones.</summary>
    private static IReadOnlyList<string> Commands(BotHarness bot)
    {
        var registered = bot.Services.GetServices<AdminCommandInfo>().ToList();
        Assert.NotEmpty(registered);
        var all = new List<string>(BuiltIn);
        foreach (var info in registered)
        {
            var name = info.Usage.Split(' ', 2)[0];
            all.Add(name);
            all.Add(name + " 1001 100 reason");
        }

        return [.. all.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<string> ReplyAsync(BotHarness bot, string command)
    {
        var before = bot.Chat.TextsIn(BotHarness.UserId).Count;
        await bot.SendTextAsync(command);
        var texts = bot.Chat.TextsIn(BotHarness.UserId);
        Assert.True(texts.Count == before + 1, $"'{command}' got {texts.Count - before} replies.");
        return texts[^1];
    }

    private static async Task<string?> AnswerAsync(BotHarness bot, string data)
    {
        var callbackId = await bot.PressAsync(data);
        var answer = Assert.Single(bot.Chat.Calls, call => call.Method == "answer" && call.Detail!.StartsWith(callbackId + "|", StringComparison.Ordinal));
        return answer.Detail![(callbackId.Length + 1)..];
    }

    /// <summary>The tables a nonsense command itself changes (update ids, last-seen times…): not evidence of anything.</summary>
    private static async Task<HashSet<string>> VolatileTablesAsync(BotHarness bot)
    {
        var first = await SnapshotAsync(bot, []);
        await bot.SendTextAsync("/nosuchcommand");
        var second = await SnapshotAsync(bot, []);
        return [.. first.Keys.Where(table => first[table] != second[table])];
    }

    private static Task<Dictionary<string, string>> SnapshotAsync(BotHarness bot, HashSet<string> skip) =>
        bot.Services.GetRequiredService<BotDatabase>().ReadAsync(async connection =>
        {
            var tables = new List<string>();
            await using (var list = connection.Command("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", null))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables.Where(table => !skip.Contains(table)))
            {
                // Table names come from sqlite_master, not from input.
                await using var command = connection.Command($"SELECT * FROM \"{table}\"", null);
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var row = new StringBuilder();
                    for (var index = 0; index < reader.FieldCount; index++)
                    {
                        row.Append(reader.IsDBNull(index) ? "∅" : Convert.ToString(reader.GetValue(index), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                    }

                    rows.Add(row.ToString());
                }

                rows.Sort(StringComparer.Ordinal);
                snapshot[table] = string.Join('\n', rows);
            }

            return snapshot;
        });
}
