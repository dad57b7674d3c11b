namespace Kie.Samples.TelegramBot.Payments;

/// <summary>An invoice the bot sent, as stored.</summary>
/// <param name="Id">The payload: an opaque random id.</param>
/// <param name="UserId">Who it was made for.</param>
/// <param name="Stars">Its price in Stars.</param>
/// <param name="CreditMinor">The money it credits, in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">The pricing currency when it was made.</param>
/// <param name="IsPaid">Whether a payment for it arrived.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">After this, pre-checkout refuses it.</param>
/// <param name="ChargeId">The charge id that paid it, once paid.</param>
public sealed record StarInvoice(
    string Id,
    long UserId,
    long Stars,
    long CreditMinor,
    string Currency,
    bool IsPaid,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string? ChargeId);
