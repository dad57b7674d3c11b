namespace Kie.Samples.TelegramBot.Payments;

/// <summary>A Stars payment Telegram reported, as recorded (one per charge id).</summary>
/// <param name="ChargeId">Telegram's charge id: the de-duplication and refund key.</param>
/// <param name="PayerId">Who paid (and was credited).</param>
/// <param name="Stars">The amount paid.</param>
/// <param name="Currency">The currency reported (<c>XTR</c>).</param>
/// <param name="Payload">The invoice payload reported, if any.</param>
/// <param name="InvoiceId">Our invoice it paid, when the payload was ours.</param>
/// <param name="CreditedMinor">The money credited, in minor units; 0 when an admin must decide.</param>
/// <param name="ProviderChargeId">The provider's charge id, if any.</param>
/// <param name="Source"><c>update</c> or <c>reconciliation</c>.</param>
/// <param name="Note">Why it was unusual (unknown payload, another payer…), or null.</param>
/// <param name="NeedsAttention">Whether an admin should look at it.</param>
/// <param name="ReceivedAt">When the bot recorded it.</param>
public sealed record StarPaymentRecord(
    string ChargeId,
    long PayerId,
    long Stars,
    string Currency,
    string? Payload,
    string? InvoiceId,
    long CreditedMinor,
    string? ProviderChargeId,
    string Source,
    string? Note,
    bool NeedsAttention,
    DateTimeOffset ReceivedAt);

/// <summary>A refunded payment, as recorded (one per charge id).</summary>
/// <param name="ChargeId">The refunded charge id.</param>
/// <param name="UserId">The payer.</param>
/// <param name="Stars">The Stars refunded.</param>
/// <param name="ReversedMinor">The money taken back from the user's balance.</param>
/// <param name="UnreversedMinor">The money the user had already spent, which could not be taken back.</param>
/// <param name="Note">Why it was unusual, or null.</param>
/// <param name="RefundedAt">When the bot recorded it.</param>
public sealed record StarRefundRecord(string ChargeId, long UserId, long Stars, long ReversedMinor, long UnreversedMinor, string? Note, DateTimeOffset RefundedAt);
