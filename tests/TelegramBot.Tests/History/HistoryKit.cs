using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.History;

/// <summary>Shortcuts for history and templates tests: finished orders, history data, what the user sees.</summary>
internal static class HistoryKit
{
    /// <summary>A harness with every background service of the bot (the orders, the outbox, the templates' start-up check …).</summary>
    public static BotHarness Create(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null) =>
        BotHarness.Create(settings, configureServices);

    /// <summary>Places an image order and drives it until it ended for the user (delivered, or released for [fail]).</summary>
    public static async Task<string> FinishedOrderAsync(BotHarness bot, string prompt, long userId = BotHarness.UserId)
    {
        var orderId = await OrderKit.PlaceNewAsync(bot, prompt, userId);
        await EndedAsync(bot, orderId);
        return orderId;
    }

    /// <summary>Drives an order until it ended for the user (delivered, captured or released) and the outbox is empty.</summary>
    public static async Task EndedAsync(BotHarness bot, string orderId)
    {
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Delivered, OrderState.Captured, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
    }

    /// <summary>The card data of an order.</summary>
    public static string Card(string orderId) => HistoryCallbacks.ForOrder(HistoryCallbacks.Open, orderId);

    /// <summary>History data for an action on an order.</summary>
    public static string Action(string action, string orderId) => HistoryCallbacks.ForOrder(action, orderId);

    /// <summary>Templates data for an action on a template.</summary>
    public static string Template(string action, string templateId) => HistoryCallbacks.ForTemplate(action, templateId);

    /// <summary>The newest screen in a chat.</summary>
    public static Screen Last(BotHarness bot, long userId = BotHarness.UserId) =>
        bot.Chat.LastScreen(userId) ?? throw new Xunit.Sdk.XunitException("Nothing was shown.");

    /// <summary>The data of every button on the newest screen.</summary>
    public static IReadOnlyList<string> Buttons(BotHarness bot, long userId = BotHarness.UserId) =>
        Last(bot, userId).AllButtons.Select(button => button.Data ?? string.Empty).ToArray();

    /// <summary>The notice a press was answered with (null for a plain answer); fails unless it was answered exactly once.</summary>
    public static string? Answer(BotHarness bot, string callbackId)
    {
        var answers = bot.Chat.Calls.Where(call => call.Method == "answer" && call.Detail!.StartsWith(callbackId + "|", StringComparison.Ordinal)).ToArray();
        Assert.Single(answers);
        var notice = answers[0].Detail![(callbackId.Length + 1)..];
        return notice.Length == 0 ? null : notice;
    }

    /// <summary>The Confirm button's data on the newest screen.</summary>
    public static string ConfirmData(BotHarness bot) =>
        Buttons(bot).SingleOrDefault(data => data.StartsWith("confirm:", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException("No Confirm button on:\n" + Last(bot).Text);

    /// <summary>The number of orders a user has.</summary>
    public static async Task<long> OrderCountAsync(BotHarness bot, long userId = BotHarness.UserId) =>
        await OrderKit.ScalarAsync<long>(bot, "SELECT COUNT(*) FROM orders WHERE user_id = $user", ("$user", userId));

    /// <summary>The newest order of a user.</summary>
    public static async Task<OrderRecord> NewestOrderAsync(BotHarness bot, long userId = BotHarness.UserId)
    {
        var id = await OrderKit.ScalarAsync<string>(bot, "SELECT id FROM orders WHERE user_id = $user ORDER BY created_at DESC, id DESC LIMIT 1", ("$user", userId));
        return await OrderKit.FindAsync(bot, id!);
    }

    /// <summary>The number of calls to the chat platform so far (to check that a refused press showed nothing).</summary>
    public static int ShownCount(BotHarness bot) => bot.Chat.Calls.Count(call => call.Method is "send" or "edit" or "media");
}
