using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Menus;

/// <summary>Shortcuts for menu tests: callback data as the bot builds it, navigation, and what the user sees.</summary>
internal static class MenuKit
{
    /// <summary>A harness whose orders go to <paramref name="placer"/>.</summary>
    /// <param name="placer">The fake placer.</param>
    /// <returns>The harness.</returns>
    public static BotHarness WithPlacer(FakeOrderPlacer placer) =>
        BotHarness.Create(configureServices: services => services.AddSingleton<IOrderPlacer>(placer));

    /// <summary>The key of a value (deterministic, as the bot computes it).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="value">The value.</param>
    /// <returns>The key.</returns>
    public static string Key(CallbackKeyKind kind, string value) => CallbackKeyHash.Compute(kind, value);

    /// <summary><c>model:&lt;key&gt;</c>.</summary>
    /// <param name="modelId">The model id.</param>
    /// <returns>The data.</returns>
    public static string Model(string modelId) => MenuCallbacks.Model(Key(CallbackKeyKind.Model, modelId));

    /// <summary><c>mode:&lt;key&gt;:&lt;mode&gt;</c>.</summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <returns>The data.</returns>
    public static string Mode(string modelId, string modeId) => MenuCallbacks.Mode(Key(CallbackKeyKind.Model, modelId), Key(CallbackKeyKind.Mode, modeId));

    /// <summary><c>param_input:&lt;name&gt;</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The data.</returns>
    public static string Param(string name) => MenuCallbacks.ParameterInput(Key(CallbackKeyKind.Parameter, name));

    /// <summary><c>set_param:&lt;name&gt;:&lt;value&gt;</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The data.</returns>
    public static string Set(string name, string value) => MenuCallbacks.SetParameter(Key(CallbackKeyKind.Parameter, name), Key(CallbackKeyKind.Value, value));

    /// <summary><c>skip:&lt;name&gt;</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The data.</returns>
    public static string Skip(string name) => MenuCallbacks.Skip(Key(CallbackKeyKind.Parameter, name));

    /// <summary><c>done:&lt;name&gt;</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The data.</returns>
    public static string Done(string name) => MenuCallbacks.Done(Key(CallbackKeyKind.Parameter, name));

    /// <summary>The newest screen in the test user's chat.</summary>
    /// <param name="bot">The harness.</param>
    /// <returns>The screen.</returns>
    public static Screen Last(BotHarness bot) => bot.Chat.LastScreen(BotHarness.UserId) ?? throw new Xunit.Sdk.XunitException("Nothing was shown.");

    /// <summary>The data of every button on the newest screen.</summary>
    /// <param name="bot">The harness.</param>
    /// <returns>The data.</returns>
    public static IReadOnlyList<string> Buttons(BotHarness bot) => Last(bot).AllButtons.Select(button => button.Data ?? string.Empty).ToArray();

    /// <summary>The label of the button with this data on the newest screen.</summary>
    /// <param name="bot">The harness.</param>
    /// <param name="data">The data.</param>
    /// <returns>The label.</returns>
    public static string Label(BotHarness bot, string data) =>
        Last(bot).AllButtons.FirstOrDefault(button => button.Data == data)?.Label ?? throw new Xunit.Sdk.XunitException($"No button '{data}' on:\n{Last(bot).Text}");

    /// <summary>The notice a button press was answered with (null for a plain answer).</summary>
    /// <param name="bot">The harness.</param>
    /// <param name="callbackId">The press's id.</param>
    /// <returns>The notice.</returns>
    public static string? Answer(BotHarness bot, string callbackId)
    {
        var answers = bot.Chat.Calls.Where(call => call.Method == "answer" && call.Detail!.StartsWith(callbackId + "|", StringComparison.Ordinal)).ToArray();
        Assert.Single(answers);
        var notice = answers[0].Detail![(callbackId.Length + 1)..];
        return notice.Length == 0 ? null : notice;
    }

    /// <summary>
    /// Funds the user, fills in a Kling 2.6 text-to-video draft (prompt, sound, 16:9, 10 s) and shows its summary;
    /// returns the summary's Confirm data.
    /// </summary>
    /// <param name="bot">The harness.</param>
    /// <param name="funds">The money given first, in minor units.</param>
    /// <returns>The Confirm button's data.</returns>
    public static async Task<string> KlingSummaryAsync(BotHarness bot, long funds = 100_000)
    {
        await bot.FundAsync(funds);
        await SummaryTests.KlingAsync(bot);
        await bot.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        return MenuCallbacks.Confirm((await SessionAsync(bot)).DraftId!);
    }

    /// <summary>The session as stored.</summary>
    /// <param name="bot">The harness.</param>
    /// <returns>The session.</returns>
    public static Task<MenuSession> SessionAsync(BotHarness bot) =>
        bot.Services.GetRequiredService<MenuSessionStore>().LoadAsync(BotHarness.UserId, CancellationToken.None).AsTask();

    /// <summary>Goes from /start to a mode's first screen, pressing the buttons a user would.</summary>
    /// <param name="bot">The harness.</param>
    /// <param name="modelId">The model id.</param>
    /// <param name="modeId">The mode id (pressed only when the model shows modes).</param>
    /// <returns>A task that completes there.</returns>
    public static async Task OpenAsync(BotHarness bot, string modelId, string modeId)
    {
        var catalog = bot.Services.GetRequiredService<ModelCatalog>();
        var model = catalog.GetModel(modelId);
        await bot.SendTextAsync("/start");
        await bot.PressAsync(CallbackData.Generate);
        await bot.PressAsync(MenuCallbacks.Category(MenuCatalog.Code(model.Category)));
        var position = bot.Services.GetRequiredService<MenuCatalog>().ModelsOf(model.Category).ToList().FindIndex(offered => offered.Id == model.Id);
        if (position >= NavigationScreens.ModelsPerPage)
        {
            await bot.PressAsync(MenuCallbacks.ModelsPage(MenuCatalog.Code(model.Category), position / NavigationScreens.ModelsPerPage));
        }

        await bot.PressAsync(Model(modelId));
        if (Buttons(bot).Contains(Mode(modelId, modeId)))
        {
            await bot.PressAsync(Mode(modelId, modeId));
        }
    }

    /// <summary>The test user's available money, in minor units.</summary>
    /// <param name="bot">The harness.</param>
    /// <returns>The balance.</returns>
    public static Task<long> BalanceAsync(BotHarness bot) => bot.Ledger.GetAvailableAsync(BotHarness.UserId);
}
