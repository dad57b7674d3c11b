using Kie.Samples.TelegramBot.Orders;

namespace Kie.Samples.TelegramBot.History;

/// <summary>One generation as history shows it: what was ordered, what it cost, how it ended and when.</summary>
/// <param name="Id">The order id.</param>
/// <param name="ModelId">The catalog model id.</param>
/// <param name="ModeId">The mode id.</param>
/// <param name="InputJson">The parameters, as stored with the order.</param>
/// <param name="PriceMinorUnits">The price, in minor units.</param>
/// <param name="State">The order's state.</param>
/// <param name="Failure">The failure code, for a failed order.</param>
/// <param name="FailureDetail">The generator's own words about the failure, if any.</param>
/// <param name="CreatedAt">When it was confirmed.</param>
/// <param name="FinishedAt">When it ended (delivered, or released after a failure), if it has.</param>
internal sealed record HistoryEntry(
    string Id,
    string ModelId,
    string ModeId,
    string InputJson,
    long PriceMinorUnits,
    OrderState State,
    string? Failure,
    string? FailureDetail,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>Whether the result reached the user.</summary>
    public bool IsDelivered => State is OrderState.Delivered or OrderState.Captured;

    /// <summary>Whether the order failed (its money was returned).</summary>
    public bool IsFailed => State == OrderState.Released;

    /// <summary>The failure, rebuilt from its stored code (unknown codes read as an internal error).</summary>
    public OrderFailure? FailureInfo => !IsFailed
        ? null
        : new OrderFailure(
            Enum.GetValues<OrderFailureKind>().FirstOrDefault(kind => new OrderFailure(kind).Code == Failure, OrderFailureKind.InternalError),
            FailureDetail);
}

/// <summary>One page of a user's history, newest first, with the cursors of its neighbours.</summary>
/// <param name="Items">The page's orders.</param>
/// <param name="StartId">The id of the page's first order (the cursor that shows this page again).</param>
/// <param name="PreviousStartId">The first order of the newer page, if there is one.</param>
/// <param name="NextStartId">The first order of the older page, if there is one.</param>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Count">The number of pages.</param>
internal sealed record HistoryPage(
    IReadOnlyList<HistoryEntry> Items,
    string? StartId,
    string? PreviousStartId,
    string? NextStartId,
    int Number,
    int Count);
