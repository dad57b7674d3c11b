using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Gives each new user <see cref="BotOptions.WelcomeBonus"/> once, as a bonus lot that expires after
/// <see cref="BonusOptions.WelcomeExpiryDays"/>: like every bonus it is spent before paid money and, when spent, booked
/// as a promotion, so reports do not count given-away money as revenue.
/// </summary>
public sealed class WelcomeBonus : INewUserObserver
{
    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly long _amount;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;
    private readonly BonusExpirySignal _expiry;

    /// <summary>Creates the welcome.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="money">Converts the configured amount.</param>
    /// <param name="bot">The bot's options (the amount).</param>
    /// <param name="options">The bonus options (the expiry).</param>
    /// <param name="time">The clock.</param>
    /// <param name="expiry">Wakes the expiry sweeper after a grant.</param>
    public WelcomeBonus(BotDatabase database, Ledger ledger, BonusMoney money, BotOptions bot, BonusOptions options, TimeProvider time, BonusExpirySignal expiry)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _ledger = ledger;
        _amount = bot.WelcomeBonus > 0 && money.TryToMinor(bot.WelcomeBonus, out var minor) ? minor : 0;
        _lifetime = TimeSpan.FromDays(options.WelcomeExpiryDays);
        _time = time;
        _expiry = expiry;
    }

    /// <inheritdoc />
    public async Task UserCreatedAsync(UserProfile user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_amount == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var lot = new BonusLot("welcome:" + user.Id.ToString(CultureInfo.InvariantCulture), user.Id, _amount, "welcome", now, now + _lifetime);
        if (await _database.WriteAsync((connection, transaction) => BonusLots.GrantAsync(_ledger, connection, transaction, lot), cancellationToken).ConfigureAwait(false))
        {
            _expiry.Wake();
        }
    }
}
