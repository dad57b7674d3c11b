using Kie.Samples.TelegramBot.Hosting;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Wakes the <see cref="BonusExpirySweeper"/> when a lot was granted (it then sleeps until the next expiry): without lots
/// the sweeper keeps no timer at all.
/// </summary>
public sealed class BonusExpirySignal : WakeSignal;
