namespace Kie.Samples.TelegramBot.Money;

/// <summary>One movement of money between two accounts.</summary>
/// <param name="Id">The idempotency key, unique forever (for example <c>order:&lt;id&gt;:reserve</c>, <c>stars:&lt;chargeId&gt;</c>).</param>
/// <param name="Kind">What it is (<c>reserve</c>, <c>capture</c>, <c>release</c>, <c>topup</c>, <c>adjust</c>, …).</param>
/// <param name="From">The account that gives.</param>
/// <param name="To">The account that receives.</param>
/// <param name="Amount">A positive amount in minor units.</param>
/// <param name="UserId">The user it concerns, for lookups.</param>
/// <param name="Reference">What it belongs to (an order id, a charge id), for lookups.</param>
/// <param name="Reason">A human reason (admin adjustments).</param>
public sealed record LedgerTransfer(string Id, string Kind, string From, string To, long Amount, long? UserId = null, string? Reference = null, string? Reason = null);

/// <summary>What happened to a transfer.</summary>
public enum TransferOutcome
{
    /// <summary>It was recorded now.</summary>
    Done,

    /// <summary>A transfer with this id was recorded before (with the same accounts and amount): nothing changed.</summary>
    AlreadyDone,

    /// <summary>The giving user account holds less than the amount: nothing changed.</summary>
    InsufficientFunds,

    /// <summary>A step it excludes already happened (capture after release, or the reverse), or its reservation is missing.</summary>
    Conflict,
}
