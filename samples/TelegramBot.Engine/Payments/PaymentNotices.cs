using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Money;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>The messages that tell a payer about their money: a credited payment, a refund.</summary>
public sealed class PaymentNotices
{
    private readonly Ledger _ledger;
    private readonly TopUpRates _rates;
    private readonly UserMessenger _messenger;

    /// <summary>Creates the notices.</summary>
    /// <param name="ledger">The ledger (the balance after the change).</param>
    /// <param name="rates">Formats money.</param>
    /// <param name="messenger">Reaches a user outside their conversation.</param>
    public PaymentNotices(Ledger ledger, TopUpRates rates, UserMessenger messenger)
    {
        _ledger = ledger;
        _rates = rates;
        _messenger = messenger;
    }

    /// <summary>The message that confirms a credited payment.</summary>
    /// <param name="texts">The payer's texts.</param>
    /// <param name="payment">The payment.</param>
    /// <param name="balance">The payer's balance now.</param>
    /// <returns>The screen.</returns>
    public Screen Credited(BotTexts texts, StarPaymentRecord payment, long balance)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(payment);
        return new Screen(
            texts.TopUpCredited(payment.Stars, _rates.Format(payment.CreditedMinor), _rates.Format(balance)),
            [[ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)]]);
    }

    /// <summary>Tells a payer, wherever they are, that a payment was credited (reconciliation).</summary>
    /// <param name="payment">The payment.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>True when the message went out.</returns>
    public async Task<bool> TellCreditedAsync(StarPaymentRecord payment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var balance = await _ledger.GetAvailableAsync(payment.PayerId, cancellationToken).ConfigureAwait(false);
        return await _messenger.TellAsync(payment.PayerId, texts => Credited(texts, payment, balance), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells a payer that a payment was refunded and what left their balance.</summary>
    /// <param name="refund">The refund.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>True when the message went out.</returns>
    public async Task<bool> TellRefundedAsync(StarRefundRecord refund, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var balance = _rates.Format(await _ledger.GetAvailableAsync(refund.UserId, cancellationToken).ConfigureAwait(false));
        return await _messenger.TellAsync(
            refund.UserId,
            texts => new Screen(refund.ReversedMinor > 0
                ? texts.RefundTaken(refund.Stars, _rates.Format(refund.ReversedMinor), balance)
                : texts.RefundNothingTaken(refund.Stars, balance)),
            cancellationToken).ConfigureAwait(false);
    }
}
