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

    /// <summary>The id of the bonus part of an order's reservation (bonus money is spent before paid money).</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The transfer id.</returns>
    public static string ReserveBonusId(string orderId) => $"order:{orderId}:reserve-bonus";

    /// <summary>The id of the capture of an order's bonus part.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The transfer id.</returns>
    public static string CaptureBonusId(string orderId) => $"order:{orderId}:capture-bonus";

    /// <summary>The id of the release of an order's bonus part.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The transfer id.</returns>
    public static string ReleaseBonusId(string orderId) => $"order:{orderId}:release-bonus";

    /// <summary>Bonus → bonus held.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The bonus part of the price.</param>
    /// <returns>The transfer.</returns>
    public static LedgerTransfer ReserveBonus(long userId, string orderId, long amount) =>
        new(ReserveBonusId(orderId), "reserve-bonus", LedgerAccounts.Bonus(userId), LedgerAccounts.BonusHeld(userId), amount, userId, orderId);

    /// <summary>Bonus held → bonus spent (an expense, not revenue).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The bonus part of the price.</param>
    /// <returns>The transfer.</returns>
    public static LedgerTransfer CaptureBonus(long userId, string orderId, long amount) =>
        new(CaptureBonusId(orderId), "capture-bonus", LedgerAccounts.BonusHeld(userId), LedgerAccounts.BonusSpent, amount, userId, orderId);

    /// <summary>Bonus held → bonus.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The bonus part of the price.</param>
    /// <returns>The transfer.</returns>
    public static LedgerTransfer ReleaseBonus(long userId, string orderId, long amount) =>
        new(ReleaseBonusId(orderId), "release-bonus", LedgerAccounts.BonusHeld(userId), LedgerAccounts.Bonus(userId), amount, userId, orderId);
}
