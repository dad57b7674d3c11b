using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Orders;

namespace Kie.Samples.TelegramBot.Tests.Menus;

/// <summary>
/// An order placer for menu tests: records every call and behaves like the real one at its contract — one order per
/// draft id (a repeat is <see cref="PlaceOrderResult.AlreadyPlaced"/>), and a short balance refuses the order.
/// </summary>
internal sealed class FakeOrderPlacer : IOrderPlacer
{
    private readonly ConcurrentDictionary<string, string> _orders = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Every request, in order.</summary>
    public ConcurrentQueue<OrderRequest> Calls { get; } = new();

    /// <summary>When set, the balance the placer pretends the user has (a price above it is refused).</summary>
    public long? Balance { get; set; }

    /// <inheritdoc />
    public Task<PlaceOrderResult> PlaceAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Calls.Enqueue(request);
        if (_orders.TryGetValue(request.DraftId, out var existing))
        {
            return Task.FromResult<PlaceOrderResult>(new PlaceOrderResult.AlreadyPlaced(existing));
        }

        if (Balance is { } balance && balance < request.Quote.TotalMinorUnits)
        {
            return Task.FromResult<PlaceOrderResult>(new PlaceOrderResult.InsufficientFunds(request.Quote.TotalMinorUnits, balance));
        }

        var id = "ord" + Interlocked.Increment(ref _next);
        _orders[request.DraftId] = id;
        return Task.FromResult<PlaceOrderResult>(new PlaceOrderResult.Placed(id));
    }
}
