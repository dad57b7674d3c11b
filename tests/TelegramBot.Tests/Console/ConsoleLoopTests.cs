using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

/// <summary>
/// The console loop in-process, on a real host with the console adapter and an engine whose only feature is a
/// <see cref="ScriptedFeature"/>: typed lines become the right events, numbers press the right buttons, invoices are
/// paid the way Telegram would, and the end of input stops the host.
/// </summary>
public sealed class ConsoleLoopTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));
    private readonly ScriptedFeature _feature = new();

    public ConsoleLoopTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task Start_sends_start_and_numbers_press_the_buttons_on_screen()
    {
        var screen = await RunAsync("2", "2", "hello");

        var events = _feature.Events.ToArray();
        Assert.Equal("/start", Assert.IsType<TextReceived>(events[0]).Text);
        var balance = Assert.IsType<ButtonPressed>(events[1]);
        Assert.Equal(CallbackData.Balance, balance.Data);
        Assert.Equal(new MessageRef(ConsoleSession.ChatId, 1), balance.Message);
        Assert.Equal(ConsoleSession.UserId, balance.User.Id);
        Assert.Equal(CallbackData.MainMenu, Assert.IsType<ButtonPressed>(events[2]).Data);
        Assert.NotEqual(balance.CallbackId, ((ButtonPressed)events[2]).CallbackId);
        Assert.Equal("hello", Assert.IsType<TextReceived>(events[3]).Text);
        Assert.Equal(4, events.Length);
        Assert.All(events, e => Assert.Null(e.UpdateId));

        Assert.Contains("── #1 ──", screen, StringComparison.Ordinal);
        Assert.Contains("[1] Generate  [2] Balance", screen, StringComparison.Ordinal);
        Assert.Contains("── (edited #1) ──", screen, StringComparison.Ordinal);
        Assert.Contains("[1] Top up\n[2] Back", screen, StringComparison.Ordinal);
        Assert.Contains("You said: hello", screen, StringComparison.Ordinal);
        Assert.EndsWith("  » End of input: finishing background work, then stopping.\n", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_demo_asks_for_checkout_then_delivers_the_payment_once()
    {
        // Balance → Top up (invoice, its Pay button is [1]) → Pay → Pay again.
        var screen = await RunAsync("2", "1", "1", "1");

        var events = _feature.Events.ToArray();
        var checkout = Assert.IsType<PreCheckoutRequested>(events[3]);
        Assert.Equal("XTR", checkout.Currency);
        Assert.Equal(50, checkout.TotalAmount);
        Assert.Equal("inv-1", checkout.Payload);
        var payment = Assert.IsType<PaymentReceived>(events[4]);
        Assert.Equal(50, payment.TotalAmount);
        Assert.Equal("inv-1", payment.Payload);
        Assert.Equal("XTR", payment.Currency);
        Assert.StartsWith("console-", payment.ChargeId, StringComparison.Ordinal);
        Assert.Equal("1", Assert.IsType<TextReceived>(events[5]).Text);
        Assert.Equal(6, events.Length);

        Assert.Contains("  » Invoice below", screen, StringComparison.Ordinal);
        Assert.Contains("[invoice] Top up: 50 ⭐", screen, StringComparison.Ordinal);
        Assert.Contains($"(demo) Paid 50 ⭐, charge id {payment.ChargeId}.", screen, StringComparison.Ordinal);
        Assert.Contains("Paid 50 stars", screen, StringComparison.Ordinal);
        // After payment the invoice's Pay button is gone: "1" is plain text now, as no other button is on screen.
        Assert.Contains("You said: 1", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_checkout_delivers_no_payment()
    {
        _feature.InvoicePayload = ScriptedFeature.RefusedPayload;

        var screen = await RunAsync("2", "1", "1");

        Assert.IsType<PreCheckoutRequested>(_feature.Events.Last());
        Assert.DoesNotContain(_feature.Events, e => e is PaymentReceived);
        Assert.Contains("(demo) Checkout refused: This invoice has expired", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_sends_a_local_file_the_bot_can_read()
    {
        var path = Path.Combine(_folder, "reference.png");
        await File.WriteAllTextAsync(path, "pixels");

        var screen = await RunAsync($"file {path}", "file /no/such/file.png");

        var file = Assert.IsType<FileReceived>(_feature.Events.Last());
        Assert.Equal(SentFileKind.Photo, file.Kind);
        Assert.Equal("reference.png", file.FileName);
        Assert.Equal("image/png", file.MediaType);
        Assert.Equal(6, file.Size);
        Assert.Contains("Got Photo reference.png: pixels", screen, StringComparison.Ordinal);
        Assert.Contains("No such file: ", screen, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    private async Task<string> RunAsync(params string[] lines)
    {
        using var output = new StringWriter();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Database"] = Path.Combine(_folder, "bot.db"),
            ["Pricing:Currency"] = "RUB",
            ["Pricing:CreditRate"] = "1",
            ["Console:ExitGrace"] = "00:00:00",
        });
        builder.Services.AddConsoleAdapter(builder.Configuration, new ConsoleSession("en"), new StringReader(string.Join('\n', lines) + "\n"), output);

        // Only the scripted feature: the real ones are tested through the harness.
        builder.Services.AddSingleton(provider => new BotEngine(
            [_feature],
            provider.GetRequiredService<IChatGateway>(),
            provider.GetRequiredService<BotDatabase>(),
            provider.GetRequiredService<UserStore>(),
            provider.GetRequiredService<ProcessedUpdates>(),
            provider.GetRequiredService<Ledger>(),
            provider.GetRequiredService<PriceCalculator>(),
            provider.GetRequiredService<BotOptions>(),
            NullLogger<BotEngine>.Instance));
        using var host = builder.Build();

        // A guard against a hang, not a timing assertion: the end of input must stop the host by itself.
        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
