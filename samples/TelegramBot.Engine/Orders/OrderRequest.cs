using Kie.Sdk;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>What the user confirmed: validated input and the price they saw.</summary>
/// <param name="DraftId">The id of the confirmation screen; a second tap on the same Confirm finds the first order.</param>
/// <param name="UserId">The buyer.</param>
/// <param name="ChatId">Where to report progress and deliver.</param>
/// <param name="Input">The validated model, mode and input.</param>
/// <param name="Quote">The quote shown on the confirmation screen; its total is what is reserved.</param>
public sealed record OrderRequest(string DraftId, long UserId, long ChatId, KieInputValidationResult Input, PriceQuote Quote);

/// <summary>What placing an order did.</summary>
public abstract record PlaceOrderResult
{
    /// <summary>The order was created, its price reserved, and generation queued.</summary>
    /// <param name="OrderId">The new order.</param>
    public sealed record Placed(string OrderId) : PlaceOrderResult
    {
        /// <summary>Whether it is a free generation of the daily allowance (price 0, nothing reserved).</summary>
        public bool Free { get; init; }

        /// <summary>How much of the price was taken from bonus money (spent before paid money).</summary>
        public long BonusMinorUnits { get; init; }
    }

    /// <summary>This confirmation was placed before (a double tap): nothing new happened.</summary>
    /// <param name="OrderId">The earlier order.</param>
    public sealed record AlreadyPlaced(string OrderId) : PlaceOrderResult;

    /// <summary>The balance does not cover the price: nothing was reserved or sent to KIE.</summary>
    /// <param name="PriceMinorUnits">The price.</param>
    /// <param name="BalanceMinorUnits">The user's balance.</param>
    public sealed record InsufficientFunds(long PriceMinorUnits, long BalanceMinorUnits) : PlaceOrderResult;
}

/// <summary>Turns a confirmation into a paid, running order (implemented by the orders feature).</summary>
public interface IOrderPlacer
{
    /// <summary>Creates the order and reserves its price atomically, then queues generation (never runs it inline).</summary>
    /// <param name="request">The confirmation.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened.</returns>
    Task<PlaceOrderResult> PlaceAsync(OrderRequest request, CancellationToken cancellationToken = default);
}
