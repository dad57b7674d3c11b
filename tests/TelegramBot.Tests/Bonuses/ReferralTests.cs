using System.Text.RegularExpressions;
using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk;

namespace Kie.Samples.TelegramBot.Tests.Bonuses;

public sealed partial class ReferralTests
{
    private const long Inviter = 2001;
    private const long Invitee = 2002;

    [Fact]
    public async Task Both_get_the_bonus_once_after_the_invitees_first_paid_generation_and_are_told()
    {
        await using var bot = BonusKit.Create();
        var code = await CodeOfAsync(bot, Inviter);
        await bot.SendTextAsync("/start ref_" + code, Invitee);
        await bot.FundAsync(10_000, Invitee);
        await bot.StartAsync();
        Assert.Equal(0, await LotCountAsync(bot));

        var first = await OrderKit.PlaceNewAsync(bot, "a fox", Invitee);
        await OrderKit.RunUntilFinalAsync(bot, first);
        var second = await OrderKit.PlaceNewAsync(bot, "a cat", Invitee);
        await OrderKit.RunUntilFinalAsync(bot, second);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.Equal(2, await LotCountAsync(bot));
        Assert.Equal(5000, await BonusKit.BonusAsync(bot, Inviter));
        Assert.Equal(5000, await OrderKit.ScalarAsync<long>(bot, "SELECT amount FROM bonus_lots WHERE id = 'referral:2002:invitee'"));

        // The invitee's second order already spent their bonus first.
        Assert.Equal(5000 - OrderKit.Price(bot), await BonusKit.BonusAsync(bot, Invitee));
        Assert.Equal(OrderKit.Price(bot), await BonusKit.TransferAsync(bot, Kie.Samples.TelegramBot.Money.OrderSteps.ReserveBonusId(second)));
        Assert.Equal(first, await OrderKit.ScalarAsync<string>(bot, "SELECT credited_order_id FROM referrals WHERE invitee_id = $u", ("$u", Invitee)));
        Assert.Single(bot.Chat.TextsIn(Inviter), text => text.Contains("A friend you invited made their first paid generation: 50 ₽", StringComparison.Ordinal));
        Assert.Single(bot.Chat.TextsIn(Invitee), text => text.Contains("As an invited friend you get 50 ₽", StringComparison.Ordinal));
        await BonusKit.AssertBooksAsync(bot, Inviter, Invitee);
    }

    [Fact]
    public async Task Free_and_all_bonus_generations_do_not_earn_the_referral_bonus()
    {
        await using var bot = BotHarness.Create(null, BonusKit.WithoutSweeper);
        var code = await CodeOfAsync(bot, Inviter);
        await bot.SendTextAsync("/start ref_" + code, Invitee);
        await bot.StartAsync();

        var free = await OrderKit.PlaceAsync(bot, OrderKit.Request(bot, "z-image", "text-to-image", new KieInput().Set("prompt", "a fox").Set("aspect_ratio", "1:1"), Invitee));
        var freeId = Assert.IsType<PlaceOrderResult.Placed>(free);
        Assert.True(freeId.Free);
        await OrderKit.RunUntilFinalAsync(bot, freeId.OrderId);
        await BonusKit.GrantAsync(bot, "gift", OrderKit.Price(bot), TimeSpan.FromDays(5), Invitee);
        var bonusOnly = await OrderKit.PlaceNewAsync(bot, "a cat", Invitee);
        await OrderKit.RunUntilFinalAsync(bot, bonusOnly);
        Assert.Equal(OrderState.Captured, (await OrderKit.FindAsync(bot, bonusOnly)).State);
        Assert.Equal(0, await LotCountAsync(bot));

        await bot.FundAsync(10_000, Invitee);
        var paid = await OrderKit.PlaceNewAsync(bot, "a dog", Invitee);
        await OrderKit.RunUntilFinalAsync(bot, paid);

        Assert.Equal(2, await LotCountAsync(bot));
        await BonusKit.AssertBooksAsync(bot, Inviter, Invitee);
    }

    [Fact]
    public async Task The_start_screen_is_still_shown_and_self_referral_or_unknown_codes_are_ignored_silently()
    {
        await using var bot = BotHarness.Create();
        var code = await CodeOfAsync(bot, Inviter);
        await bot.SendTextAsync("/start", 3000);
        var plainStart = bot.Chat.LastScreen(3000)!.Text;

        await bot.SendTextAsync("/start ref_" + code, Inviter);
        var self = bot.Chat.LastScreen(Inviter)!.Text;
        await bot.SendTextAsync("/start ref_nosuchcode", Invitee);
        var unknown = bot.Chat.LastScreen(Invitee)!.Text;

        Assert.Equal(plainStart, self);
        Assert.Equal(plainStart, unknown);
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM referrals"));

        await bot.SendTextAsync("/start ref_" + code, 3000);
        Assert.Equal(plainStart, bot.Chat.LastScreen(3000)!.Text);
        Assert.Equal(Inviter, await OrderKit.ScalarAsync<long>(bot, "SELECT inviter_id FROM referrals WHERE invitee_id = 3000"));
    }

    [Fact]
    public async Task A_user_who_ordered_before_or_already_has_an_inviter_is_not_referred()
    {
        await using var bot = BonusKit.Create();
        var code = await CodeOfAsync(bot, Inviter);
        var other = await CodeOfAsync(bot, 2003);
        await bot.FundAsync(10_000, Invitee);
        await OrderKit.PlaceNewAsync(bot, "a fox", Invitee);
        await bot.SendTextAsync("/start ref_" + code, Invitee);
        Assert.Equal(0, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM referrals"));

        await bot.SendTextAsync("/start ref_" + code, 3000);
        await bot.SendTextAsync("/start ref_" + other, 3000);
        Assert.Equal(Inviter, await OrderKit.ScalarAsync<long>(bot, "SELECT inviter_id FROM referrals WHERE invitee_id = 3000"));
    }

    [Fact]
    public async Task The_referral_survives_a_restart_and_is_still_credited_once()
    {
        await using var bot = BonusKit.Create();
        var code = await CodeOfAsync(bot, Inviter);
        await bot.SendTextAsync("/start ref_" + code, Invitee);
        await bot.FundAsync(10_000, Invitee);
        await bot.RestartAsync();

        var first = await OrderKit.PlaceNewAsync(bot, "a fox", Invitee);
        await OrderKit.RunUntilFinalAsync(bot, first);
        await bot.RestartAsync();
        Assert.Equal(code, await CodeOfAsync(bot, Inviter));
        var second = await OrderKit.PlaceNewAsync(bot, "a cat", Invitee);
        await OrderKit.RunUntilFinalAsync(bot, second);

        Assert.Equal(2, await LotCountAsync(bot));
        Assert.Equal(2, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM ledger_transfers WHERE kind = 'bonus-grant'"));
        await BonusKit.AssertBooksAsync(bot, Inviter, Invitee);
    }

    [Fact]
    public async Task The_invite_screen_shows_a_link_when_the_bots_username_is_configured()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Username"] = "KieDemoBot" });

        await bot.SendTextAsync("/balance", Inviter);
        await bot.PressAsync(BonusCallbacks.Invite, Inviter);

        var text = bot.Chat.LastScreen(Inviter)!.Text;
        Assert.Matches(@"https://t\.me/KieDemoBot\?start=ref_[a-z0-9]{8}", text);
        Assert.Contains("you get 50 ₽ and they get 50 ₽", text, StringComparison.Ordinal);
    }

    private static async Task<string> CodeOfAsync(BotHarness bot, long userId)
    {
        await bot.SendTextAsync("/invite", userId);
        var match = CodePattern().Match(bot.Chat.LastScreen(userId)!.Text);
        Assert.True(match.Success, bot.Chat.LastScreen(userId)!.Text);
        return match.Groups[1].Value;
    }

    private static Task<long> LotCountAsync(BotHarness bot) =>
        OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM bonus_lots WHERE source = 'referral'");

    [GeneratedRegex("/start ref_([a-z0-9]+)")]
    private static partial Regex CodePattern();
}
