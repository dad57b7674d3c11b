namespace Kie.Samples.TelegramBot.Money;

/// <summary>The ledger transfers of an order's two-phase payment, keyed by order id and step.</summary>
public static class OrderSteps
{
    /// <summary>The id of an order's reservation.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The transfer id.</returns>
    public static string ReserveId(string orderId) => $"order:{orderId}:reserve";

    /// <summary>The id of an order's capture.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The transfer id.</returns>
    public static string CaptureId(string orderId) => $"order:{orderId}:capture";

    /// <summary>The id of an order's release.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The transfer id.</returns>
    public static string ReleaseId(string orderId) => $"order:{orderId}:release";

    /// <summary>Available → held.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The price.</param>
    /// <returns>The transfer.</returns>
    public static LedgerTransfer Reserve(long userId, string orderId, long amount) =>
        new(ReserveId(orderId), "reserve", LedgerAccounts.Available(userId), LedgerAccounts.Held(userId), amount, userId, orderId);

    /// <summary>Held → revenue.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The price.</param>
    /// <returns>The transfer.</returns>
    public static LedgerTransfer Capture(long userId, string orderId, long amount) =>
        new(CaptureId(orderId), "capture", LedgerAccounts.Held(userId), LedgerAccounts.Revenue, amount, userId, orderId);

    /// <summary>Held → available.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The price.</param>
    /// <returns>The transfer.</returns>
    public static LedgerTransfer Release(long userId, string orderId, long amount) =>
        new(ReleaseId(orderId), "release", LedgerAccounts.Held(userId), LedgerAccounts.Available(userId), amount, userId, orderId);
}
