using Kie.Samples.TelegramBot.Money;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>What bonuses do to a price on the summary: a free generation of the daily allowance, or bonus money spent first.</summary>
public sealed class BonusOffers
{
    private readonly DailyFreeAllowance _free;
    private readonly Ledger _ledger;

    /// <summary>Creates the offers.</summary>
    /// <param name="free">The daily free allowance.</param>
    /// <param name="ledger">The ledger (bonus lots).</param>
    public BonusOffers(DailyFreeAllowance free, Ledger ledger)
    {
        _free = free;
        _ledger = ledger;
    }

    /// <summary>The offer for a user's order of this model and mode at this price.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="modelId">The model.</param>
    /// <param name="modeId">The mode.</param>
    /// <param name="price">The quoted price in minor units.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The offer.</returns>
    public async Task<BonusOffer> OfferAsync(long userId, string modelId, string modeId, long price, CancellationToken cancellationToken = default)
    {
        var freeLeft = price > 0 ? await _free.RemainingAsync(userId, modelId, modeId, cancellationToken).ConfigureAwait(false) : null;
        if (freeLeft > 0)
        {
            return new BonusOffer(freeLeft, _free.PerDay, 0);
        }

        var bonus = (await _ledger.GetBonusLotsAsync(userId, cancellationToken).ConfigureAwait(false)).Sum(lot => lot.Left);
        return new BonusOffer(freeLeft, _free.PerDay, Math.Min(bonus, price));
    }
}

/// <summary>What bonuses do to one order's price (as shown on the summary; the placer decides again when it is confirmed).</summary>
/// <param name="FreeLeft">Free generations left today on this model (this one included), or null when it is not in the allowance.</param>
/// <param name="FreePerDay">Free generations per day.</param>
/// <param name="BonusUsed">The bonus money the order would use (0 when free).</param>
public sealed record BonusOffer(int? FreeLeft, int FreePerDay, long BonusUsed)
{
    /// <summary>Whether the order would be free.</summary>
    public bool IsFree => FreeLeft > 0;
}
