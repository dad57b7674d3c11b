using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// Credits the referral bonuses inside the capture of the invited user's first order with a paid part (more than zero
/// paid money: a free or all-bonus generation does not count). Both lots, the referral's credited mark and the two
/// notices commit with the capture, and the lot ids (<c>referral:&lt;invitee&gt;:inviter</c> / <c>:invitee</c>) are the
/// grants' idempotency keys: credited once, also across restarts.
/// </summary>
public sealed class ReferralBonusObserver : IOrderCapturedObserver
{
    private readonly Ledger _ledger;
    private readonly BonusMoney _money;
    private readonly ReferralOptions _options;
    private readonly BonusExpirySignal? _expiry;

    /// <summary>Creates the observer.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="money">The bonus amounts in minor units and money formatting.</param>
    /// <param name="options">The bonus settings.</param>
    /// <param name="expiry">Told about granted lots (so their expiry is watched).</param>
    public ReferralBonusObserver(Ledger ledger, BonusMoney money, BonusOptions options, BonusExpirySignal? expiry = null)
    {
        _expiry = expiry;
        ArgumentNullException.ThrowIfNull(options);
        _ledger = ledger;
        _money = money;
        _options = options.Referral;
    }

    /// <inheritdoc />
    public async Task OnCapturedAsync(SqliteConnection connection, SqliteTransaction transaction, CapturedOrder order)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(order);
        var inviter = await connection.ScalarAsync<long?>(
            "SELECT inviter_id FROM referrals WHERE invitee_id = $user AND credited_at IS NULL", transaction, ("$user", order.UserId)).ConfigureAwait(false);
        if (inviter is not { } inviterId)
        {
            return;
        }

        var (_, paid) = await Ledger.ReservedPartsAsync(connection, transaction, order.OrderId).ConfigureAwait(false);
        if (paid <= 0)
        {
            return;
        }

        await connection.ExecuteAsync(
            "UPDATE referrals SET credited_order_id = $order, credited_at = $now WHERE invitee_id = $user AND credited_at IS NULL",
            transaction,
            ("$order", order.OrderId), ("$now", order.CapturedAt.ToUnixTimeMilliseconds()), ("$user", order.UserId)).ConfigureAwait(false);
        var expires = order.CapturedAt.AddDays(_options.ExpiryDays);
        var invitee = order.UserId.ToString(CultureInfo.InvariantCulture);
        await CreditAsync(connection, transaction, inviterId, $"referral:{invitee}:inviter", _money.InviterBonus, expires, order.CapturedAt, texts => texts.ReferralInviterCredited).ConfigureAwait(false);
        await CreditAsync(connection, transaction, order.UserId, $"referral:{invitee}:invitee", _money.InviteeBonus, expires, order.CapturedAt, texts => texts.ReferralInviteeCredited).ConfigureAwait(false);

        // Before the commit: the sweeper looks again a minute later, when the lots are visible.
        _expiry?.Wake();
    }

    private async Task CreditAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string lotId, long amount, DateTimeOffset expires, DateTimeOffset now, Func<BotTexts, Func<string, string, string>> text)
    {
        if (amount <= 0
            || !await BonusLots.GrantAsync(_ledger, connection, transaction, new BonusLot(lotId, userId, amount, "referral", now, expires)).ConfigureAwait(false))
        {
            return;
        }

        long chatId;
        BotLanguage language;
        await using (var command = connection.Command("SELECT chat_id, language FROM users WHERE id = $user", transaction, ("$user", userId)))
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            if (!await reader.ReadAsync().ConfigureAwait(false))
            {
                return;
            }

            chatId = reader.GetInt64(0);
            language = BotLanguages.FromCode(reader.GetString(1));
        }

        var notice = text(BotTexts.For(language))(_money.Format(amount), _money.FormatDate(expires, language));
        await OutboxStore.EnqueueAsync(connection, transaction, chatId, null, OutboxPurpose.Notice, OutboxPayload.ForScreen(new Screen(notice)), now).ConfigureAwait(false);
    }
}
