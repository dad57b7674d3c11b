namespace Kie.Samples.TelegramBot.Payments;

/// <summary>A Stars payment to credit, from a payment update or from reconciliation.</summary>
/// <param name="ChargeId">Telegram's charge id.</param>
/// <param name="PayerId">Who paid.</param>
/// <param name="Stars">The amount in Stars.</param>
/// <param name="Currency">The currency reported (<c>XTR</c>).</param>
/// <param name="Payload">The invoice payload, when known.</param>
/// <param name="ProviderChargeId">The provider's charge id, if any.</param>
/// <param name="Source"><c>update</c> or <c>reconciliation</c>.</param>
public sealed record IncomingStarPayment(string ChargeId, long PayerId, long Stars, string Currency, string? Payload, string? ProviderChargeId, string Source)
{
    /// <summary>The source of a payment from a live update.</summary>
    public const string FromUpdate = "update";

    /// <summary>The source of a payment found by start-up reconciliation.</summary>
    public const string FromReconciliation = "reconciliation";
}

/// <summary>What crediting a payment did.</summary>
public enum TopUpOutcome
{
    /// <summary>The money was credited now.</summary>
    Credited,

    /// <summary>This charge id was handled before: nothing changed.</summary>
    Duplicate,

    /// <summary>Recorded now but not credited (not Stars, refunded already, worth nothing): an admin must look at it.</summary>
    NotCredited,
}

/// <summary>The result of crediting a payment.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Payment">The payment as recorded.</param>
public sealed record TopUpResult(TopUpOutcome Outcome, StarPaymentRecord Payment);
