using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Support;

/// <summary>
/// Places orders the way the menus do (a validated input from <see cref="ModelCatalog.Validate(string, string, KieInput)"/>
/// and a quote from <see cref="PriceCalculator.Quote(KieInputValidationResult, bool)"/>) and reads what became of them.
/// </summary>
internal static class OrderKit
{
    /// <summary>A quick image model (4 credits).</summary>
    public const string ImageModel = "nano-banana";

    /// <summary>Its text-to-image mode.</summary>
    public const string ImageMode = "text-to-image";

    private static int _drafts;

    /// <summary>A confirmation for the image model with this prompt.</summary>
    public static OrderRequest Request(BotHarness bot, string prompt, long userId = BotHarness.UserId, string? draftId = null)
    {
        var validated = bot.Services.GetRequiredService<ModelCatalog>().Validate(ImageModel, ImageMode, new KieInput().Set("prompt", prompt));
        Assert.True(validated.IsValid, string.Join("; ", validated.Problems));
        var quote = bot.Services.GetRequiredService<PriceCalculator>().Quote(validated);
        return new OrderRequest(draftId ?? "draft-" + Interlocked.Increment(ref _drafts), userId, userId, validated, quote);
    }

    /// <summary>A confirmation for any model and mode.</summary>
    public static OrderRequest Request(BotHarness bot, string modelId, string modeId, KieInput input, long userId = BotHarness.UserId)
    {
        var validated = bot.Services.GetRequiredService<ModelCatalog>().Validate(modelId, modeId, input);
        Assert.True(validated.IsValid, string.Join("; ", validated.Problems));
        var quote = bot.Services.GetRequiredService<PriceCalculator>().Quote(validated);
        return new OrderRequest("draft-" + Interlocked.Increment(ref _drafts), userId, userId, validated, quote);
    }

    /// <summary>The price of an image order.</summary>
    public static long Price(BotHarness bot) => Request(bot, "price").Quote.TotalMinorUnits;

    /// <summary>Places an order through <see cref="IOrderPlacer"/>.</summary>
    public static Task<PlaceOrderResult> PlaceAsync(BotHarness bot, OrderRequest request) =>
        bot.Services.GetRequiredService<IOrderPlacer>().PlaceAsync(request);

    /// <summary>Places an order and returns its id (fails unless it was placed).</summary>
    public static async Task<string> PlaceNewAsync(BotHarness bot, string prompt, long userId = BotHarness.UserId)
    {
        var result = await PlaceAsync(bot, Request(bot, prompt, userId));
        return Assert.IsType<PlaceOrderResult.Placed>(result).OrderId;
    }

    /// <summary>Reads an order (fails when there is none).</summary>
    public static async Task<OrderRecord> FindAsync(BotHarness bot, string orderId) =>
        await bot.Services.GetRequiredService<OrderStore>().FindAsync(orderId) ?? throw new Xunit.Sdk.XunitException($"No order {orderId}.");

    /// <summary>Drives fake time until the order is in one of <paramref name="states"/>.</summary>
    public static Task RunUntilStateAsync(BotHarness bot, string orderId, params OrderState[] states) =>
        bot.RunUntilAsync(
            async () =>
            {
                var state = (await FindAsync(bot, orderId)).State;
                return Array.IndexOf(states, state) >= 0;
            },
            $"order {orderId} to be {string.Join(" or ", states)}");

    /// <summary>
    /// Waits, without moving fake time, until <paramref name="condition"/> holds (work that needs no timer finishes);
    /// fails after 10 s of real time. Spins on yields, never sleeps.
    /// </summary>
    public static async Task SettleAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Without moving time, never saw {what}.");
            }

            await Task.Yield();
        }
    }

    /// <summary>Drives fake time until the order is captured or released.</summary>
    public static Task RunUntilFinalAsync(BotHarness bot, string orderId) => RunUntilStateAsync(bot, orderId, OrderState.Captured, OrderState.Released);

    /// <summary>Drives fake time until nothing is left in the outbox.</summary>
    public static Task RunUntilOutboxEmptyAsync(BotHarness bot) =>
        bot.RunUntilAsync(async () => await bot.Services.GetRequiredService<OutboxStore>().NextDueAsync() is null, "the outbox to be empty");

    /// <summary>The media messages that carried this order's result (their first caption names it).</summary>
    public static IReadOnlyList<GatewayCall> ResultMessages(BotHarness bot, string orderId, long chatId = BotHarness.UserId) =>
        bot.Chat.MediaIn(chatId).Where(call => call.Media.Count > 0 && call.Media[0].Caption?.Contains(orderId, StringComparison.Ordinal) == true).ToArray();

    /// <summary>Whether the ledger holds the order's capture and its release (exactly one must be true for a finished order).</summary>
    public static async Task<(bool Captured, bool Released)> LedgerStepsAsync(BotHarness bot, string orderId) =>
        (await bot.Ledger.ExistsAsync(OrderSteps.CaptureId(orderId)), await bot.Ledger.ExistsAsync(OrderSteps.ReleaseId(orderId)));

    /// <summary>The stored result files of an order.</summary>
    public static Task<IReadOnlyList<OrderResultFile>> ResultsAsync(BotHarness bot, string orderId) =>
        bot.Services.GetRequiredService<OrderStore>().ListResultsAsync(orderId);

    /// <summary>Runs a scalar query on the bot's database (for assertions on stored columns).</summary>
    public static Task<T?> ScalarAsync<T>(BotHarness bot, string sql, params (string Name, object? Value)[] parameters) =>
        bot.Services.GetRequiredService<BotDatabase>().ReadAsync(connection => connection.ScalarAsync<T>(sql, null, parameters));
}
