using Kie.Samples.TelegramBot.Tests.Payments;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Admin;

/// <summary>A harness with one admin (<see cref="AdminId"/>) and a user who has written to the bot.</summary>
internal static class AdminKit
{
    public const long AdminId = 9000;

    public static async Task<BotHarness> CreateAsync()
    {
        var bot = PaymentsKit.Create(new Dictionary<string, string?> { ["Bot:Admins:0"] = "9000" });
        await bot.SendTextAsync("/balance");
        return bot;
    }

    /// <summary>Sends a command as the admin and returns the admin's last message.</summary>
    public static async Task<string> AsAdminAsync(BotHarness bot, string command)
    {
        await bot.SendTextAsync(command, AdminId);
        return bot.Chat.TextsIn(AdminId)[^1];
    }
}
