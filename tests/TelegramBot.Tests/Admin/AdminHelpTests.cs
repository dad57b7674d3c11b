using Kie.Samples.TelegramBot.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Admin;

/// <summary><c>/admin</c> lists every registered admin command in the admin's language.</summary>
public sealed class AdminHelpTests
{
    [Fact]
    public async Task Admin_lists_every_registered_command_in_english()
    {
        await using var bot = await AdminKit.CreateAsync();
        var registered = bot.Services.GetServices<AdminCommandInfo>().ToList();

        var reply = await AdminKit.AsAdminAsync(bot, "/admin");

        Assert.All(registered, info => Assert.Contains($"{info.Usage} — {info.English}", reply, StringComparison.Ordinal));
        Assert.Contains("/sync", reply, StringComparison.Ordinal);
        Assert.Contains("/user <userId|@username>", reply, StringComparison.Ordinal);
        Assert.Contains("Amounts are in RUB", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_lists_them_in_russian_for_a_russian_admin()
    {
        await using var bot = await AdminKit.CreateAsync();
        var registered = bot.Services.GetServices<AdminCommandInfo>().ToList();

        await bot.SendTextAsync("/admin", AdminKit.AdminId, "ru");
        var reply = bot.Chat.TextsIn(AdminKit.AdminId)[^1];

        Assert.Contains("Команды администратора", reply, StringComparison.Ordinal);
        Assert.All(registered, info => Assert.Contains($"{info.Usage} — {info.Russian}", reply, StringComparison.Ordinal));
    }
}
