using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Tests.Admin;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Conversation;

/// <summary>
/// A returning user's name, @username and last-seen time follow what the platform reports, so an admin's
/// <c>/user @name</c> finds them by the name they use now.
/// </summary>
public sealed class UserProfileRefreshTests
{
    [Fact]
    public async Task A_user_who_changed_their_username_is_found_by_the_new_one_only()
    {
        await using var bot = await AdminKit.CreateAsync();

        await SendAsAsync(bot, new BotUser(BotHarness.UserId, "Renamed", "new_name", "en"), "/balance");

        Assert.Contains("User 1001 (Renamed, @new_name)", await AdminKit.AsAdminAsync(bot, "/user @new_name"), StringComparison.Ordinal);
        Assert.DoesNotContain("User 1001", await AdminKit.AsAdminAsync(bot, "/user @tester1001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_seen_moves_with_messages_but_is_written_at_most_once_a_minute()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/balance");
        var first = await SeenAtAsync(bot);

        bot.Clock.Advance(TimeSpan.FromSeconds(30));
        await bot.SendTextAsync("/balance");
        Assert.Equal(first, await SeenAtAsync(bot));

        bot.Clock.Advance(TimeSpan.FromMinutes(59));
        await bot.SendTextAsync("/balance");
        Assert.Equal(bot.Clock.GetUtcNow().ToUnixTimeMilliseconds(), await SeenAtAsync(bot));
        Assert.Equal(first, await OrderKit.ScalarAsync<long>(bot, "SELECT created_at FROM users WHERE id = 1001"));
    }

    private static Task<long> SeenAtAsync(BotHarness bot) => OrderKit.ScalarAsync<long>(bot, "SELECT seen_at FROM users WHERE id = 1001");

    private static Task SendAsAsync(BotHarness bot, BotUser user, string text) =>
        bot.HandleAsync(new TextReceived { ChatId = user.Id, User = user, UpdateId = 900_001, Text = text });
}
