using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Store;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>
/// Admin commands: <c>/credit</c> and <c>/debit</c> (ledger adjustments with a reason), <c>/refund</c> (an unspent Stars
/// top-up), <c>/payments</c> (payments flagged for a look) and <c>/admin</c> (every registered <see cref="AdminCommandInfo"/>). Only for <see cref="BotContext.IsAdmin"/>
/// users: for anyone else it claims nothing, so the menus answer with the same "unknown command" as for any nonsense —
/// the commands' existence is not revealed.
/// </summary>
public sealed partial class AdminFeature : IBotFeature
{
    private const int PaymentsListed = 10;

    private readonly Ledger _ledger;
    private readonly PriceCalculator _money;
    private readonly UserStore _users;
    private readonly UserMessenger _messenger;
    private readonly PaymentRecords _payments;
    private readonly RefundReversal _refunds;
    private readonly PaymentNotices _notices;
    private readonly IReadOnlyList<AdminCommandInfo> _commands;
    private readonly ILogger<AdminFeature> _logger;

    /// <summary>Creates the feature.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="money">Money conversion and formatting.</param>
    /// <param name="users">The user store.</param>
    /// <param name="messenger">Tells the affected user.</param>
    /// <param name="payments">The recorded Stars payments.</param>
    /// <param name="refunds">Reverses refunds once.</param>
    /// <param name="notices">Tells a refunded user.</param>
    /// <param name="commands">Every admin command the features registered (listed by <c>/admin</c>).</param>
    /// <param name="logger">The logger (every adjustment is logged).</param>
    public AdminFeature(Ledger ledger, PriceCalculator money, UserStore users, UserMessenger messenger, PaymentRecords payments, RefundReversal refunds, PaymentNotices notices, IEnumerable<AdminCommandInfo> commands, ILogger<AdminFeature> logger)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _commands = [.. commands];
        _ledger = ledger;
        _money = money;
        _users = users;
        _messenger = messenger;
        _payments = payments;
        _refunds = refunds;
        _notices = notices;
        _logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AdminChat.TryGetCommand(context, out var command))
        {
            return false;
        }

        switch (command.Name)
        {
            case "credit":
                await AdjustAsync(context, command, debit: false, cancellationToken).ConfigureAwait(false);
                return true;
            case "debit":
                await AdjustAsync(context, command, debit: true, cancellationToken).ConfigureAwait(false);
                return true;
            case "refund":
                await RefundAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                return true;
            case "payments":
                await ListPaymentsAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case "admin":
                await AdminChat.ReplyPagesAsync(context, Help(context.Texts), cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task AdjustAsync(BotContext context, ChatCommand command, bool debit, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var problem = AdjustCommand.TryParse(command.Arguments, out var adjust);
        long minor = 0;
        if (problem == AdjustCommandProblem.None && !TryToMinor(adjust.Amount, out minor))
        {
            problem = AdjustCommandProblem.BadAmount;
        }

        if (problem != AdjustCommandProblem.None)
        {
            await AdminChat.ReplyAsync(context, problem == AdjustCommandProblem.BadAmount ? texts.AdminBadAmount(adjust.AmountText) : texts.AdminAdjustUsage(command.Name), cancellationToken).ConfigureAwait(false);
            return;
        }

        var target = await _users.FindAsync(adjust.UserId, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            await AdminChat.ReplyAsync(context, texts.AdminUnknownUser(adjust.UserId.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
            return;
        }

        // One key per command message: a replayed update cannot apply it twice (the engine also drops replays).
        var key = "admin:" + (context.Event.UpdateId?.ToString(CultureInfo.InvariantCulture) ?? Guid.NewGuid().ToString("N"));
        var reason = string.Create(CultureInfo.InvariantCulture, $"{adjust.Reason} (admin {context.UserId})");
        var outcome = await _ledger.AdjustAsync(target.Id, key, debit ? -minor : minor, reason, cancellationToken).ConfigureAwait(false);
        var who = AdminChat.Describe(target);
        var amount = _money.FormatMinorUnits(minor);
        var balance = await _ledger.GetAvailableAsync(target.Id, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case TransferOutcome.Done:
                LogAdjusted(context.UserId, debit ? "debit" : "credit", target.Id, minor, adjust.Reason);
                var told = await _messenger.TellAsync(
                    target.Id,
                    userTexts => new Screen(debit
                        ? userTexts.AdminToUserDebited(amount, adjust.Reason, _money.FormatMinorUnits(balance))
                        : userTexts.AdminToUserCredited(amount, adjust.Reason, _money.FormatMinorUnits(balance))),
                    cancellationToken).ConfigureAwait(false);
                var done = debit ? texts.AdminDebited(who, amount, _money.FormatMinorUnits(balance)) : texts.AdminCredited(who, amount, _money.FormatMinorUnits(balance));
                await AdminChat.ReplyAsync(context, told ? done : done + "\n" + texts.AdminUserNotTold, cancellationToken).ConfigureAwait(false);
                break;
            case TransferOutcome.InsufficientFunds:
                await AdminChat.ReplyAsync(context, texts.AdminOverdraw(who, amount, _money.FormatMinorUnits(balance)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await AdminChat.ReplyAsync(context, texts.AdminAlreadyApplied, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task RefundAsync(BotContext context, string chargeId, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (chargeId.Length == 0 || chargeId.Any(char.IsWhiteSpace))
        {
            await AdminChat.ReplyAsync(context, texts.AdminRefundUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var payment = await _payments.FindPaymentAsync(chargeId, cancellationToken).ConfigureAwait(false);
        if (payment is null)
        {
            await AdminChat.ReplyAsync(context, texts.AdminRefundUnknown(chargeId), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _payments.FindRefundAsync(chargeId, cancellationToken).ConfigureAwait(false) is not null)
        {
            await AdminChat.ReplyAsync(context, texts.AdminRefundAlready, cancellationToken).ConfigureAwait(false);
            return;
        }

        var available = await _ledger.GetAvailableAsync(payment.PayerId, cancellationToken).ConfigureAwait(false);
        if (available < payment.CreditedMinor)
        {
            await AdminChat.ReplyAsync(context, texts.AdminRefundSpent(_money.FormatMinorUnits(payment.CreditedMinor), _money.FormatMinorUnits(available)), cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await context.Chat.RefundStarPaymentAsync(payment.PayerId, chargeId, cancellationToken).ConfigureAwait(false);
        }
        catch (ChatGatewayException error)
        {
            await AdminChat.ReplyAsync(context, texts.AdminRefundFailed(error.Message), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Telegram also sends a refunded-payment update; whichever comes first reverses the top-up, the other finds it done.
        var result = await _refunds.ReverseAsync(chargeId, payment.PayerId, payment.Stars, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == RefundOutcome.Reversed)
        {
            await _notices.TellRefundedAsync(result.Refund, cancellationToken).ConfigureAwait(false);
        }

        var who = await _users.FindAsync(payment.PayerId, cancellationToken).ConfigureAwait(false) is { } payer
            ? AdminChat.Describe(payer)
            : payment.PayerId.ToString(CultureInfo.InvariantCulture);
        await AdminChat.ReplyAsync(context, texts.AdminRefunded(who, result.Refund.Stars, _money.FormatMinorUnits(result.Refund.ReversedMinor)), cancellationToken).ConfigureAwait(false);
    }

    private async Task ListPaymentsAsync(BotContext context, CancellationToken cancellationToken)
    {
        var flagged = await _payments.NeedingAttentionAsync(PaymentsListed, cancellationToken).ConfigureAwait(false);
        var text = flagged.Count == 0
            ? context.Texts.AdminNoPaymentsToCheck
            : context.Texts.AdminPaymentsToCheck + "\n" + string.Join('\n', flagged.Select(payment => string.Create(
                CultureInfo.InvariantCulture,
                $"• {payment.ReceivedAt:yyyy-MM-dd HH:mm} {payment.ChargeId}: user {payment.PayerId}, {payment.Stars} ⭐ → {_money.FormatMinorUnits(payment.CreditedMinor)} — {payment.Note}")));
        await AdminChat.ReplyAsync(context, text, cancellationToken).ConfigureAwait(false);
    }

    private string Help(BotTexts texts)
    {
        var lines = _commands
            .DistinctBy(command => command.Usage, StringComparer.Ordinal)
            .OrderBy(command => command.Usage, StringComparer.Ordinal)
            .Select(command => $"{command.Usage} — {(texts.Language == BotLanguage.Ru ? command.Russian : command.English)}");
        return texts.AdminHelpHeader + "\n" + string.Join('\n', lines) + "\n" + texts.AdminAmountsNote(_money.Currency);
    }

    private bool TryToMinor(decimal amount, out long minor)
    {
        try
        {
            minor = _money.ToMinorUnits(amount);
            return minor > 0;
        }
        catch (Exception error) when (error is ArgumentException or OverflowException)
        {
            // A fraction of a kopeck, or more money than exists.
            minor = 0;
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminId}: {Kind} of {Minor} minor units for user {UserId}: {Reason}")]
    private partial void LogAdjusted(long adminId, string kind, long userId, long minor, string reason);
}
