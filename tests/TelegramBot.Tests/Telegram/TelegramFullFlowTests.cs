using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// The whole bot end to end over both wires: Telegram played by the fake Bot API (long polling, the real
/// TelegramBotClient) and KIE played by WireMock in live mode (<c>Kie:ApiKey</c> set). A user tops up with Stars, walks
/// /start → category → model → prompt → summary → confirm, and gets the photo; a failing task gives the money back;
/// redelivered updates and a second SuccessfulPayment for the same charge change nothing.
/// </summary>
public sealed class TelegramFullFlowTests : IAsyncDisposable
{
    private const long UserId = 4711;
    private const string Model = "nano-banana";
    private const string Mode = "text-to-image";
    private const long Pack100Minor = 15750; // 100 ⭐ × 1.5 ₽ + 5 % bonus.
    private readonly FakeKieApi _kie = new();
    private readonly InFlightRequests _io = new();
    private readonly TelegramBotHarness _bot;
    private readonly TelegramUser _user;

    public TelegramFullFlowTests()
    {
        _bot = TelegramBotHarness.Create(new Dictionary<string, string?>
        {
            ["Kie:ApiKey"] = FakeKieApi.ApiKey,
            ["Kie:BaseUrl"] = _kie.Url,
            ["Kie:UploadBaseUrl"] = _kie.Url,
            ["Stars:MoneyPerStar"] = "1.5",

            // The result URLs point at a host this test does not serve: the archive step would only add failing downloads.
            ["Bot:Archive:Enabled"] = "false",
        },
        // KIE's attempt timeouts run on the fake clock: count its real requests so time never jumps over one.
        services => services.AddHttpClient(KieServiceCollectionExtensions.HttpClientName)
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Insert(0, _io.CreateHandler())));
        _bot.Io = _io;
        _bot.Diagnostics = () => "KIE requests: " + string.Join(", ", _kie.Requests) + "\nWarnings:\n"
            + string.Join("\n", _bot.Logs.Entries.Where(entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(entry => entry.Text));
        _user = new TelegramUser(_bot, UserId);
    }

    private Ledger Ledger => _bot.Services.GetRequiredService<Ledger>();

    [Fact]
    public async Task A_paid_top_up_then_start_to_a_delivered_photo_with_the_balance_right()
    {
        await _bot.StartAsync();
        await TopUpAsync();
        var price = Price("a red bicycle in the snow");

        var orderId = await OrderAsync("a red bicycle in the snow");
        await _bot.RunUntilAsync(async () => await Ledger.ExistsAsync(OrderSteps.CaptureId(orderId)), "the order to be captured");

        var taskId = Assert.Single(_kie.Tasks, task => task.Value == "a red bicycle in the snow").Key;
        var photo = Assert.Single(_bot.Api.CallsTo("sendPhoto"));
        Assert.Equal(UserId, photo.Number("chat_id"));
        Assert.Equal(FakeKieApi.ResultUrl(taskId), photo.Text("photo"));
        Assert.Contains(orderId, photo.Text("caption"), StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/jobs/createTask", _kie.Requests);
        Assert.Equal(_kie.Requests.Count, _io.Total);
        Assert.Equal(Pack100Minor - price, await Ledger.GetAvailableAsync(UserId));
        Assert.Equal(0, await Ledger.GetHeldAsync(UserId));
        Assert.Equal(price, await Ledger.GetBalanceAsync(LedgerAccounts.Revenue));
        Assert.Equal(0, await Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task A_failed_generation_releases_the_money_and_says_so()
    {
        await _bot.StartAsync();
        await TopUpAsync();

        var orderId = await OrderAsync("a cat [fail]");
        await _bot.RunUntilAsync(async () => await Ledger.ExistsAsync(OrderSteps.ReleaseId(orderId)), "the order to be released");
        await _bot.RunUntilAsync(() => _bot.Api.TextsIn(UserId).Any(text => text.Contains(orderId, StringComparison.Ordinal) && text.Contains("back on your balance", StringComparison.Ordinal)), "the failure notice");

        Assert.Empty(_bot.Api.CallsTo("sendPhoto"));
        Assert.Equal("task_failed", (await _bot.Services.GetRequiredService<OrderStore>().FindAsync(orderId))!.Failure);
        Assert.False(await Ledger.ExistsAsync(OrderSteps.CaptureId(orderId)));
        Assert.Equal(Pack100Minor, await Ledger.GetAvailableAsync(UserId));
        Assert.Equal(0, await Ledger.GetHeldAsync(UserId));
        Assert.Equal(0, await Ledger.SumOfAllEntriesAsync());
    }

    [Fact]
    public async Task Redelivered_updates_and_a_second_payment_for_the_same_charge_change_nothing()
    {
        await _bot.StartAsync();
        var payload = await InvoiceAsync();
        var paid = FakeUpdates.SuccessfulPayment(_user.NextUpdateId(), UserId, payload, 100, "charge-dup");

        // The same update twice in one batch, then the same charge in a later update.
        await _user.DeliverAsync(paid, paid);
        var credited = await Ledger.GetAvailableAsync(UserId);
        var sent = SentCount();
        await _user.DeliverAsync(FakeUpdates.SuccessfulPayment(_user.NextUpdateId(), UserId, payload, 100, "charge-dup"));

        Assert.Equal(Pack100Minor, credited);
        Assert.Equal(Pack100Minor, await Ledger.GetAvailableAsync(UserId));
        Assert.Equal(sent, SentCount());
        Assert.Equal(0, await Ledger.SumOfAllEntriesAsync());

        // A confirm delivered twice (same update id) places one order and reserves once.
        await OpenSummaryAsync("a lighthouse");
        var confirm = _user.PressUpdate(data => data.StartsWith("confirm:", StringComparison.Ordinal), "Confirm");
        await _user.DeliverAsync(confirm, confirm);
        var orderId = (await _bot.Services.GetRequiredService<MenuSessionStore>().LoadAsync(UserId, CancellationToken.None)).PlacedOrderId!;
        await _bot.RunUntilAsync(async () => await Ledger.ExistsAsync(OrderSteps.CaptureId(orderId)), "the order to be captured");

        Assert.Single(_kie.Tasks.Values, prompt => prompt == "a lighthouse");
        Assert.Single(_bot.Api.CallsTo("sendPhoto"));
        Assert.Equal(Pack100Minor - Price("a lighthouse"), await Ledger.GetAvailableAsync(UserId));
        Assert.Equal(0, await Ledger.SumOfAllEntriesAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        _kie.Dispose();
    }

    private int SentCount() => _bot.Api.Calls.Count(call => call.Method is not "getUpdates");

    private async Task<string> InvoiceAsync()
    {
        await _user.TextAsync("/balance");
        await _user.PressAsync(CallbackData.TopUpPackPrefix + "100");
        var invoice = Assert.Single(_bot.Api.CallsTo("sendInvoice"));
        Assert.Equal("XTR", invoice.Text("currency"));
        Assert.Equal(100, invoice.Body["prices"]![0]!["amount"]!.GetValue<long>());
        var payload = invoice.Text("payload")!;

        await _user.DeliverAsync(FakeUpdates.PreCheckout(_user.NextUpdateId(), UserId, payload, 100));
        var answer = Assert.Single(_bot.Api.CallsTo("answerPreCheckoutQuery"));
        Assert.Equal("true", answer.Text("ok"));
        return payload;
    }

    private async Task TopUpAsync()
    {
        var payload = await InvoiceAsync();
        await _user.DeliverAsync(FakeUpdates.SuccessfulPayment(_user.NextUpdateId(), UserId, payload, 100, "charge-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(Pack100Minor, await Ledger.GetAvailableAsync(UserId));
    }

    private async Task OpenSummaryAsync(string prompt)
    {
        var catalog = _bot.Services.GetRequiredService<ModelCatalog>();
        var menus = _bot.Services.GetRequiredService<MenuCatalog>();
        var model = catalog.GetModel(Model);
        var modelKey = CallbackKeyHash.Compute(CallbackKeyKind.Model, Model);

        await _user.TextAsync("/start");
        await _user.PressAsync(CallbackData.Generate);
        await _user.PressAsync(MenuCallbacks.Category(MenuCatalog.Code(model.Category)));
        var position = menus.ModelsOf(model.Category).ToList().FindIndex(offered => offered.Id == model.Id);
        if (position >= NavigationScreens.ModelsPerPage)
        {
            await _user.PressAsync(MenuCallbacks.ModelsPage(MenuCatalog.Code(model.Category), position / NavigationScreens.ModelsPerPage));
        }

        await _user.PressAsync(MenuCallbacks.Model(modelKey));
        var mode = MenuCallbacks.Mode(modelKey, CallbackKeyHash.Compute(CallbackKeyKind.Mode, Mode));
        if (_bot.Api.FindButton(UserId, data => data == mode) is not null)
        {
            await _user.PressAsync(mode);
        }

        await _user.TextAsync(prompt);
        await _user.PressAsync(MenuCallbacks.ShowPriceConfirmation);
        Assert.Contains(_bot.Api.TextsIn(UserId), text => text.Contains("Check your order", StringComparison.Ordinal) && text.Contains(prompt, StringComparison.Ordinal));
    }

    private async Task<string> OrderAsync(string prompt)
    {
        await OpenSummaryAsync(prompt);
        await _user.DeliverAsync(_user.PressUpdate(data => data.StartsWith("confirm:", StringComparison.Ordinal), "Confirm"));
        var session = await _bot.Services.GetRequiredService<MenuSessionStore>().LoadAsync(UserId, CancellationToken.None);
        return session.PlacedOrderId ?? throw new Xunit.Sdk.XunitException("No order was placed. Last texts:\n" + string.Join("\n---\n", _bot.Api.TextsIn(UserId).TakeLast(2)));
    }

    private long Price(string prompt)
    {
        var validated = _bot.Services.GetRequiredService<ModelCatalog>().Validate(Model, Mode, new KieInput().Set("prompt", prompt));
        return _bot.Services.GetRequiredService<PriceCalculator>().Quote(validated).TotalMinorUnits;
    }
}
