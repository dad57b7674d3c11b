namespace Kie.Samples.TelegramBot.Payments;

/// <summary>A top-up pack offered for Telegram Stars.</summary>
/// <param name="Stars">The price in whole Stars (also the pack's id in callback data: <c>topup:&lt;Stars&gt;</c>).</param>
/// <param name="BonusPercent">Extra money on top of the base rate, in percent (0 for none).</param>
public sealed record StarsPack(long Stars, decimal BonusPercent);
