using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.History;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Templates;

public sealed class UserTemplateTests
{
    [Fact]
    public async Task Save_from_history_then_list_run_and_confirm_a_new_order()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(10_000);
        var price = OrderKit.Price(bot);
        var request = OrderKit.Request(bot, OrderKit.ImageModel, OrderKit.ImageMode, new Kie.Sdk.KieInput().Set("prompt", "my cat as a knight").Set("image_size", "2:3"));
        var orderId = Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, request)).OrderId;
        await HistoryKit.EndedAsync(bot, orderId);

        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));
        Assert.Contains("Send a name for the template", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.SendTextAsync("  Knight   cat  ");
        Assert.Contains("Template “Knight cat” saved", HistoryKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("/templates");
        var own = bot.Chat.FindButton(BotHarness.UserId, "⭐ Knight cat") ?? throw new Xunit.Sdk.XunitException("The template is not listed.");
        await bot.PressAsync(own.Button.Data!);
        Assert.Contains("my cat as a knight", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("2:3", HistoryKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressButtonAsync("Run");
        Assert.Contains("Check your order", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(1, await HistoryKit.OrderCountAsync(bot));

        await bot.PressAsync(HistoryKit.ConfirmData(bot));
        var second = await HistoryKit.NewestOrderAsync(bot);
        Assert.NotEqual(orderId, second.Id);
        Assert.Contains("my cat as a knight", second.InputJson, StringComparison.Ordinal);
        Assert.Contains("2:3", second.InputJson, StringComparison.Ordinal);
        await HistoryKit.EndedAsync(bot, second.Id);
        Assert.Equal(10_000 - (2 * price), await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Names_are_checked_for_length_commands_and_duplicates()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a dragon");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));
        await bot.SendTextAsync("Dragons");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));

        await bot.SendTextAsync(new string('n', 41));
        Assert.Contains("too long", HistoryKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("dragons");
        Assert.Contains("already have a template called “dragons”", HistoryKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync(new string('n', 40));
        Assert.Contains("saved", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(2L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates WHERE user_id = $user", ("$user", BotHarness.UserId)));
    }

    [Fact]
    public async Task Cancel_aborts_saving()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a dragon");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));

        await bot.SendTextAsync("/cancel");
        await bot.SendTextAsync("Dragons");

        Assert.Equal(0L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates"));
    }

    [Fact]
    public async Task Another_button_closes_the_name_question()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a dragon");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));

        await bot.PressAsync(CallbackData.Help);
        await bot.SendTextAsync("Dragons");

        Assert.Equal(0L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates"));
    }

    [Fact]
    public async Task A_user_may_not_have_more_than_the_limit()
    {
        await using var bot = HistoryKit.Create(new Dictionary<string, string?> { ["Bot:History:MaxTemplatesPerUser"] = "1" });
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a dragon");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));
        await bot.SendTextAsync("First");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));

        await bot.SendTextAsync("Second");

        Assert.Contains("the most allowed", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(1L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates"));
    }

    [Fact]
    public async Task Delete_removes_only_the_users_own_template()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, "a dragon");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));
        await bot.SendTextAsync("Dragons");
        var id = await OrderKit.ScalarAsync<string>(bot, "SELECT id FROM user_templates");

        var stranger = await bot.PressAsync(HistoryKit.Template(HistoryCallbacks.DeleteConfirmed, id!), userId: 2002);
        Assert.Equal("This menu has expired. Send /start to open a fresh one.", HistoryKit.Answer(bot, stranger));
        var builtIn = await bot.PressAsync(HistoryKit.Template(HistoryCallbacks.Delete, "portrait"));
        Assert.Equal("This menu has expired. Send /start to open a fresh one.", HistoryKit.Answer(bot, builtIn));
        Assert.Equal(1L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates"));

        await bot.PressAsync(HistoryKit.Template(HistoryCallbacks.View, id!));
        await bot.PressButtonAsync("Delete");
        Assert.Contains("Delete the template “Dragons”?", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.PressButtonAsync("Yes, delete");

        Assert.Equal(0L, await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM user_templates"));
        Assert.Contains("deleted", HistoryKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Null(bot.Chat.FindButton(BotHarness.UserId, "⭐ Dragons"));
    }

    [Fact]
    public async Task Someone_elses_template_cannot_be_seen_or_run()
    {
        await using var bot = HistoryKit.Create();
        await bot.FundAsync(10_000, userId: 2002);
        var theirs = await OrderKit.PlaceNewAsync(bot, "their dragon", userId: 2002);
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, theirs), userId: 2002);
        await bot.SendTextAsync("Theirs", userId: 2002);
        var id = await OrderKit.ScalarAsync<string>(bot, "SELECT id FROM user_templates");

        var view = await bot.PressAsync(HistoryKit.Template(HistoryCallbacks.View, id!));
        var run = await bot.PressAsync(HistoryKit.Template(HistoryCallbacks.Run, id!));

        Assert.Equal("This menu has expired. Send /start to open a fresh one.", HistoryKit.Answer(bot, view));
        Assert.Equal("This menu has expired. Send /start to open a fresh one.", HistoryKit.Answer(bot, run));
        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("their dragon", StringComparison.Ordinal));
    }
}
