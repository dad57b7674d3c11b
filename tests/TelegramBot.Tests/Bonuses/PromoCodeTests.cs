using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

public sealed class PromoCodeTests
{
    private const long Admin = 9000;

    [Fact]
    public async Task An_admins_code_gives_each_user_the_bonus_once()
    {
        await using var bot = Create();
        var created = await AsAdminAsync(bot, "/promo_new spring 100 5 30d 14");
        Assert.Contains("Promo code SPRING: 100 ₽ bonus, up to 5 users", created, StringComparison.Ordinal);

        await bot.SendTextAsync("/promo Spring");
        Assert.Contains("Promo code accepted: 100 ₽ bonus added (valid until 2030-01-15)", LastText(bot), StringComparison.Ordinal);
        await bot.SendTextAsync("/promo SPRING");
        Assert.Contains("You have already used promo code SPRING", LastText(bot), StringComparison.Ordinal);

        Assert.Equal(10_000, await BonusKit.BonusAsync(bot));
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM promo_redemptions"));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task Two_parallel_redemptions_of_the_last_use_have_exactly_one_winner()
    {
        await using var bot = Create();
        await AsAdminAsync(bot, "/promo_new LAST 10 1 30d 7");
        var promos = bot.Services.GetRequiredService<PromoCodes>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => promos.RedeemAsync(3000 + i, "LAST"))));

        Assert.Single(results, result => result.Outcome == PromoOutcome.Redeemed);
        Assert.Equal(5, results.Count(result => result.Outcome == PromoOutcome.UsedUp));
        Assert.Equal(1, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots WHERE source = 'promo'"));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Expired_used_up_and_unknown_codes_get_clear_messages_and_change_nothing()
    {
        await using var bot = Create();
        await AsAdminAsync(bot, "/promo_new SOON 10 5 1d 7");
        await AsAdminAsync(bot, "/promo_new ONCE 10 1 30d 7");
        await bot.SendTextAsync("/promo ONCE", 3000);

        await bot.SendTextAsync("/promo ONCE");
        Assert.Contains("Promo code ONCE has been used up", LastText(bot), StringComparison.Ordinal);
        await bot.SendTextAsync("/promo NOPE");
        Assert.Contains("There is no promo code “NOPE”", LastText(bot), StringComparison.Ordinal);
        bot.Clock.Advance(TimeSpan.FromDays(1));
        await bot.SendTextAsync("/promo SOON");
        Assert.Contains("Promo code SOON has expired", LastText(bot), StringComparison.Ordinal);

        Assert.Equal(0, await BonusKit.BonusAsync(bot));
        await BonusKit.AssertBooksAsync(bot);
    }

    [Fact]
    public async Task The_admin_lists_codes_with_their_usage_and_disables_one()
    {
        await using var bot = Create();
        await AsAdminAsync(bot, "/promo_new SPRING 100 5 2030-01-31 14");
        await bot.SendTextAsync("/promo SPRING");

        var list = await AsAdminAsync(bot, "/promo_list");
        Assert.Contains("• SPRING: 100 ₽, 1/5, until 2030-02-01 00:00 UTC — active", list, StringComparison.Ordinal);
        Assert.Contains("disabled", await AsAdminAsync(bot, "/promo_off spring"), StringComparison.Ordinal);
        Assert.Contains("— disabled", await AsAdminAsync(bot, "/promo_list"), StringComparison.Ordinal);
        Assert.Contains("already exists", await AsAdminAsync(bot, "/promo_new SPRING 1 1 1d 1"), StringComparison.Ordinal);
        Assert.Contains("Usage: /promo_new", await AsAdminAsync(bot, "/promo_new SPRING x 1 1d 1"), StringComparison.Ordinal);

        await bot.SendTextAsync("/promo SPRING", 3000);
        Assert.Contains("There is no promo code", bot.Chat.TextsIn(3000)[^1], StringComparison.Ordinal);
        Assert.Equal(10_000, await BonusKit.BonusAsync(bot));
    }

    [Theory]
    [InlineData("/promo_new SPRING 100 5 30d 14")]
    [InlineData("/promo_list")]
    [InlineData("/promo_off SPRING")]
    public async Task For_a_non_admin_the_admin_commands_are_answered_exactly_like_an_unknown_command(string command)
    {
        await using var bot = Create();
        await bot.SendTextAsync("/nonsensecommand");
        var unknown = LastText(bot);

        await bot.SendTextAsync(command);

        Assert.Equal(unknown, LastText(bot));
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM promo_codes"));
    }

    [Fact]
    public async Task The_balance_screen_asks_for_a_code_and_then_shows_the_bonus_with_its_expiry()
    {
        await using var bot = Create();
        await AsAdminAsync(bot, "/promo_new WELCOME 25 5 30d 10");
        await bot.SendTextAsync("/balance");
        Assert.Contains(bot.Chat.LastScreen(BotHarness.UserId)!.AllButtons, button => button.Data == BonusCallbacks.Invite);

        await bot.PressAsync(BonusCallbacks.EnterPromo);
        Assert.Contains("Send your promo code", LastText(bot), StringComparison.Ordinal);
        await bot.SendTextAsync("welcome");
        Assert.Contains("Promo code accepted: 25 ₽", LastText(bot), StringComparison.Ordinal);

        // The question is closed: the next text is not taken as a code.
        await bot.SendTextAsync("welcome");
        Assert.DoesNotContain("promo code", LastText(bot), StringComparison.OrdinalIgnoreCase);

        await bot.PressAsync(CallbackData.Balance);
        Assert.Contains("🎁 Bonus: 25 ₽ (spent first; 25 ₽ expires 2030-01-11)", string.Join("\n----\n", bot.Chat.TextsIn(BotHarness.UserId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_button_closes_the_promo_code_question()
    {
        await using var bot = Create();
        await AsAdminAsync(bot, "/promo_new WELCOME 25 5 30d 10");
        await bot.SendTextAsync("/balance");
        await bot.PressAsync(BonusCallbacks.EnterPromo);

        await bot.PressAsync(CallbackData.Balance);
        await bot.PressAsync(CallbackData.MainMenu);
        await bot.SendTextAsync("welcome");

        Assert.Equal(0, await BonusKit.BonusAsync(bot));
    }

    private static BotHarness Create() => BotHarness.Create(new Dictionary<string, string?> { ["Bot:Admins:0"] = "9000" });

    private static string LastText(BotHarness bot, long userId = BotHarness.UserId) => bot.Chat.LastScreen(userId)!.Text;

    private static async Task<string> AsAdminAsync(BotHarness bot, string command)
    {
        await bot.SendTextAsync(command, Admin);
        return bot.Chat.TextsIn(Admin)[^1];
    }
}
