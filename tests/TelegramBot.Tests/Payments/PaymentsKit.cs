using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Payments;

/// <summary>One row of <c>ledger_transfers</c>.</summary>
internal sealed record TransferRow(string Id, string Kind, string From, string To, long Amount, string? Reason);

/// <summary>
/// Shared steps of the payment tests: a harness with top-ups allowed in demo mode and 1.5 ₽ per Star (so a 100 ⭐ pack
/// with its +5 % credits 157.50 ₽ = 15750 kopecks), payment events as the Telegram adapter would send them, and reads
/// of what was stored.
/// </summary>
internal static class PaymentsKit
{
    /// <summary>What the 100 ⭐ pack credits at 1.5 ₽ per Star plus 5 %.</summary>
    public const long Pack100Minor = 15750;

    // Far above the harness's own update ids, so the two never collide.
    private static long _updateId = 50_000_000;

    public static BotHarness Create(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Stars:AllowInDemoMode"] = "true",
            ["Stars:MoneyPerStar"] = "1.5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return BotHarness.Create(all);
    }

    public static long NextUpdateId() => Interlocked.Increment(ref _updateId);

    public static BotUser User(long userId, string language = "en") => new(userId, "Test", "tester" + userId, language);

    public static PreCheckoutRequested PreCheckout(long userId, string payload, long amount, string currency = "XTR", string language = "en") => new()
    {
        ChatId = userId,
        User = User(userId, language),
        UpdateId = NextUpdateId(),
        QueryId = "q" + NextUpdateId(),
        Currency = currency,
        TotalAmount = amount,
        Payload = payload,
    };

    public static PaymentReceived Payment(long userId, string payload, long stars, string chargeId, string currency = "XTR", long? updateId = null) => new()
    {
        ChatId = userId,
        User = User(userId),
        UpdateId = updateId ?? NextUpdateId(),
        Currency = currency,
        TotalAmount = stars,
        Payload = payload,
        ChargeId = chargeId,
        ProviderChargeId = "provider-" + chargeId,
    };

    public static PaymentRefunded Refund(long userId, string chargeId, long stars) => new()
    {
        ChatId = userId,
        User = User(userId),
        UpdateId = NextUpdateId(),
        ChargeId = chargeId,
        TotalAmount = stars,
    };

    /// <summary>Opens the balance screen, presses a pack and returns the invoice sent.</summary>
    public static async Task<InvoiceScreen> BuyAsync(BotHarness bot, long stars, long userId = BotHarness.UserId, string language = "en")
    {
        await bot.SendTextAsync("/balance", userId, language);
        await bot.PressAsync("topup:" + stars, userId, language);
        return LastInvoice(bot, userId) ?? throw new Xunit.Sdk.XunitException("No invoice was sent. Last screen:\n" + bot.Chat.LastScreen(userId)?.Text);
    }

    /// <summary>Buys a pack and pays it.</summary>
    public static async Task<InvoiceScreen> BuyAndPayAsync(BotHarness bot, long stars, string chargeId, long userId = BotHarness.UserId)
    {
        var invoice = await BuyAsync(bot, stars, userId);
        await bot.HandleAsync(Payment(userId, invoice.Payload, invoice.Stars, chargeId));
        return invoice;
    }

    public static InvoiceScreen? LastInvoice(BotHarness bot, long userId) =>
        bot.Chat.Calls.LastOrDefault(call => call.Method == "invoice" && call.ChatId == userId)?.Invoice;

    /// <summary>The answer given to a pre-checkout query: null for "accepted", else the refusal.</summary>
    public static string? CheckoutAnswer(BotHarness bot, string queryId)
    {
        var answers = bot.Chat.Calls.Where(call => call.Method == "precheckout" && call.Detail!.StartsWith(queryId + "|", StringComparison.Ordinal)).ToList();
        Assert.Single(answers);
        var error = answers[0].Detail![(queryId.Length + 1)..];
        return error.Length == 0 ? null : error;
    }

    public static T Get<T>(BotHarness bot)
        where T : notnull => bot.Services.GetRequiredService<T>();

    public static StarsReconciliation Reconciliation(BotHarness bot) => Get<StarsReconciliation>(bot);

    public static Task<IReadOnlyList<TransferRow>> TransfersAsync(BotHarness bot, long userId) =>
        Get<BotDatabase>(bot).ReadAsync<IReadOnlyList<TransferRow>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT id, kind, from_account, to_account, amount, reason FROM ledger_transfers WHERE user_id = $user ORDER BY created_at, rowid", null, ("$user", userId));
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<TransferRow>();
            while (await reader.ReadAsync())
            {
                rows.Add(new TransferRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }

            return rows;
        });
}
