using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Money;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>
/// The payments feature: the balance screen (<c>balance</c>, <c>topup</c>, <c>/balance</c>, <c>/topup</c>), Stars
/// invoices for packs (<c>topup:&lt;stars&gt;</c>), pre-checkout answers, crediting payments exactly once, refunds,
/// <c>/paysupport</c> and <c>/privacy</c>.
/// </summary>
public sealed partial class PaymentsFeature : IBotFeature
{
    /// <summary>
    /// The invoices' start parameter. Non-empty, so a forwarded invoice shows a link to the bot instead of a Pay button;
    /// that link sends <c>/start topup</c>, which opens the sender's own top-up screen.
    /// </summary>
    public const string StartParameter = "topup";

    private const int RecentPaymentsShown = 5;

    private readonly Ledger _ledger;
    private readonly TopUpRates _rates;
    private readonly PaymentScreens _screens;
    private readonly InvoiceStore _invoices;
    private readonly PaymentRecords _records;
    private readonly TopUpCrediting _crediting;
    private readonly RefundReversal _refunds;
    private readonly PaymentNotices _notices;
    private readonly TimeProvider _time;
    private readonly ILogger<PaymentsFeature> _logger;

    /// <summary>Creates the feature.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="rates">The Stars rates and packs.</param>
    /// <param name="screens">The screens.</param>
    /// <param name="invoices">The invoice store.</param>
    /// <param name="records">The payment records.</param>
    /// <param name="crediting">Credits payments once.</param>
    /// <param name="refunds">Reverses refunds once.</param>
    /// <param name="notices">The payer's messages.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public PaymentsFeature(
        Ledger ledger,
        TopUpRates rates,
        PaymentScreens screens,
        InvoiceStore invoices,
        PaymentRecords records,
        TopUpCrediting crediting,
        RefundReversal refunds,
        PaymentNotices notices,
        TimeProvider time,
        ILogger<PaymentsFeature> logger)
    {
        _ledger = ledger;
        _rates = rates;
        _screens = screens;
        _invoices = invoices;
        _records = records;
        _crediting = crediting;
        _refunds = refunds;
        _notices = notices;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Event)
        {
            case PreCheckoutRequested query:
                await PreCheckoutAsync(context, query, cancellationToken).ConfigureAwait(false);
                return true;
            case PaymentReceived payment:
                await PaymentAsync(context, payment, cancellationToken).ConfigureAwait(false);
                return true;
            case PaymentRefunded refund:
                await RefundAsync(context, refund, cancellationToken).ConfigureAwait(false);
                return true;
            case ButtonPressed { Data: CallbackData.Balance or CallbackData.TopUp }:
                await ShowBalanceAsync(context, null, cancellationToken).ConfigureAwait(false);
                return true;
            case ButtonPressed pressed when pressed.Data.StartsWith(CallbackData.TopUpPackPrefix, StringComparison.Ordinal):
                await PackAsync(context, pressed.Data[CallbackData.TopUpPackPrefix.Length..], cancellationToken).ConfigureAwait(false);
                return true;
            case TextReceived text when ChatCommand.TryParse(text.Text, out var command):
                return await CommandAsync(context, command, cancellationToken).ConfigureAwait(false);
            default:
                return false;
        }
    }

    private async Task<bool> CommandAsync(BotContext context, ChatCommand command, CancellationToken cancellationToken)
    {
        switch (command.Name)
        {
            case "balance":
            case "topup":
            case "start" when string.Equals(command.Arguments, StartParameter, StringComparison.Ordinal):
                await ShowBalanceAsync(context, null, cancellationToken).ConfigureAwait(false);
                return true;
            case "paysupport":
                await PaySupportAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case "privacy":
                await context.ReplyAsync(new Screen(context.Texts.Privacy(_rates.Options.SupportContact)), cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task ShowBalanceAsync(BotContext context, string? notice, CancellationToken cancellationToken)
    {
        var available = await _ledger.GetAvailableAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var held = await _ledger.GetHeldAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var bonus = await _ledger.GetBonusLotsAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await context.ShowAsync(_screens.Balance(context.Texts, available, held, bonus, notice), cancellationToken).ConfigureAwait(false);
    }

    private async Task PackAsync(BotContext context, string starsText, CancellationToken cancellationToken)
    {
        var pack = long.TryParse(starsText, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) ? _rates.Options.FindPack(stars) : null;
        if (!_screens.TopUpsOpen || pack is null)
        {
            // Demo mode, or a button from before the packs changed: show what is offered now.
            await ShowBalanceAsync(context, _screens.TopUpsOpen ? context.Texts.TopUpPackGone : null, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Stored before it is sent, so the pre-checkout that follows finds it.
        var invoice = await _invoices.CreateAsync(context.UserId, pack.Stars, _rates.CreditFor(pack), _rates.Currency, _rates.Options.InvoiceLifetime, cancellationToken).ConfigureAwait(false);
        await context.AnswerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await context.Chat.SendInvoiceAsync(context.ChatId, _screens.Invoice(context.Texts, pack, invoice), cancellationToken).ConfigureAwait(false);
    }

    private async Task PreCheckoutAsync(BotContext context, PreCheckoutRequested query, CancellationToken cancellationToken)
    {
        CheckoutRefusal? refusal;
        try
        {
            refusal = _screens.TopUpsOpen
                ? CheckoutCheck.Check(await _invoices.FindAsync(query.Payload, cancellationToken).ConfigureAwait(false), query, _time.GetUtcNow())
                : CheckoutRefusal.Unavailable;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Refuse now rather than leave the payer waiting for Telegram's 10-second timeout; the engine logs the error.
            await context.Chat.AnswerPreCheckoutAsync(query.QueryId, context.Texts.CheckoutUnavailable, cancellationToken).ConfigureAwait(false);
            throw;
        }

        if (refusal is { } why)
        {
            LogCheckoutRefused(context.UserId, why);
        }

        await context.Chat.AnswerPreCheckoutAsync(query.QueryId, refusal is { } reason ? CheckoutCheck.Explain(reason, context.Texts) : null, cancellationToken).ConfigureAwait(false);
    }

    private async Task PaymentAsync(BotContext context, PaymentReceived payment, CancellationToken cancellationToken)
    {
        var result = await _crediting.CreditAsync(
            new IncomingStarPayment(payment.ChargeId, context.UserId, payment.TotalAmount, payment.Currency, payment.Payload, payment.ProviderChargeId, IncomingStarPayment.FromUpdate),
            cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case TopUpOutcome.Credited:
                var balance = await _ledger.GetAvailableAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await context.ReplyAsync(_notices.Credited(context.Texts, result.Payment, balance), cancellationToken).ConfigureAwait(false);
                break;
            case TopUpOutcome.NotCredited:
                await context.ReplyAsync(new Screen(context.Texts.TopUpNotCredited(result.Payment.Stars)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                // A replayed payment: the payer was told the first time.
                break;
        }
    }

    private async Task RefundAsync(BotContext context, PaymentRefunded refund, CancellationToken cancellationToken)
    {
        var result = await _refunds.ReverseAsync(refund.ChargeId, context.UserId, refund.TotalAmount, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == RefundOutcome.Reversed)
        {
            await _notices.TellRefundedAsync(result.Refund, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PaySupportAsync(BotContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var text = texts.PaySupport(_rates.Options.SupportContact);
        var recent = await _records.RecentPaymentsAsync(context.UserId, RecentPaymentsShown, cancellationToken).ConfigureAwait(false);
        if (recent.Count > 0)
        {
            text += "\n\n" + texts.PaySupportRecent + "\n" + string.Join('\n', recent.Select(payment => texts.PaySupportPaymentLine(
                payment.ReceivedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), payment.Stars, _rates.Format(payment.CreditedMinor), payment.ChargeId)));
        }

        await context.ReplyAsync(new Screen(text), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pre-checkout of user {UserId} refused: {Refusal}")]
    private partial void LogCheckoutRefused(long userId, CheckoutRefusal refusal);
}
