using System.Text;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Templates;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.History;

public sealed class HistoryCallbackDataTests
{
    [Fact]
    public void The_longest_data_fits_64_bytes()
    {
        var orderId = OrderIds.New();
        var longest = HistoryCallbacks.ForOrder(HistoryCallbacks.Open, orderId, OrderIds.New());

        Assert.InRange(Encoding.UTF8.GetByteCount(longest), 1, CallbackData.MaxBytes);
        Assert.InRange(Encoding.UTF8.GetByteCount(HistoryCallbacks.ForTemplate(HistoryCallbacks.DeleteConfirmed, new string('a', 24))), 1, CallbackData.MaxBytes);
        Assert.InRange(Encoding.UTF8.GetByteCount(HistoryCallbacks.ForTemplate(HistoryCallbacks.DeleteConfirmed, new string('A', TemplateStore.IdLength))), 1, CallbackData.MaxBytes);
    }

    [Fact]
    public async Task Every_button_on_history_and_template_screens_fits_and_every_press_is_answered()
    {
        await using var bot = HistoryKit.Create();
        await bot.StartAsync();
        await bot.FundAsync(100_000);
        for (var i = 0; i < 7; i++)
        {
            await OrderKit.PlaceNewAsync(bot, $"picture {i}");
            bot.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        var orderId = await HistoryKit.FinishedOrderAsync(bot, "a finished picture");
        await bot.PressAsync(HistoryKit.Action(HistoryCallbacks.Save, orderId));
        await bot.SendTextAsync("Сохранённый шаблон с названием 12");

        var screens = new List<Screen>();
        var presses = new List<string>();
        await bot.SendTextAsync("/history");
        screens.Add(HistoryKit.Last(bot));
        presses.Add(await bot.PressButtonAsync("Next"));
        screens.Add(HistoryKit.Last(bot));
        presses.Add(await bot.PressAsync(HistoryKit.Card(orderId)));
        screens.Add(HistoryKit.Last(bot));
        presses.Add(await bot.PressAsync(CallbackData.Templates));
        screens.Add(HistoryKit.Last(bot));
        presses.Add(await bot.PressButtonAsync("Сохранённый"));
        screens.Add(HistoryKit.Last(bot));
        presses.Add(await bot.PressButtonAsync("Delete"));
        screens.Add(HistoryKit.Last(bot));

        Assert.All(screens.SelectMany(screen => screen.AllButtons), button => Assert.InRange(Encoding.UTF8.GetByteCount(button.Data!), 1, CallbackData.MaxBytes));
        Assert.All(presses, press => Assert.Single(bot.Chat.Calls, call => call.Method == "answer" && call.Detail!.StartsWith(press + "|", StringComparison.Ordinal)));
    }
}
