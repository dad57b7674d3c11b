using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Plays Telegram's part of a Stars payment when the console user presses an invoice's "Pay (demo)": the bot is asked
/// to approve the checkout (<see cref="PreCheckoutRequested"/>), and only if it accepts does the payment arrive
/// (<see cref="PaymentReceived"/>) with a fresh charge id. A paid invoice cannot be paid again, as in Telegram.
/// </summary>
internal sealed class ConsoleCheckout
{
    private readonly BotEngine _engine;
    private readonly ConsoleChatGateway _gateway;
    private readonly ConsoleKeyboard _keyboard;
    private readonly ConsoleOutput _output;
    private readonly ConsoleSession _session;
    private readonly HashSet<MessageRef> _paid = [];
    private int _queries;

    /// <summary>Creates the checkout.</summary>
    /// <param name="engine">The engine that answers the checkout and credits the payment.</param>
    /// <param name="gateway">The console gateway (it records the checkout answers).</param>
    /// <param name="keyboard">The buttons on screen.</param>
    /// <param name="output">Where notes are printed.</param>
    /// <param name="session">The console user.</param>
    public ConsoleCheckout(BotEngine engine, ConsoleChatGateway gateway, ConsoleKeyboard keyboard, ConsoleOutput output, ConsoleSession session)
    {
        _engine = engine;
        _gateway = gateway;
        _keyboard = keyboard;
        _output = output;
        _session = session;
    }

    /// <summary>Pays an invoice the way Telegram would.</summary>
    /// <param name="invoiceMessage">The invoice message.</param>
    /// <param name="invoice">The invoice.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the payment was handled (or refused).</returns>
    public async Task PayAsync(MessageRef invoiceMessage, InvoiceScreen invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (_paid.Contains(invoiceMessage))
        {
            _output.Write(ConsoleRenderer.Notice("This invoice is paid already."));
            return;
        }

        var queryId = string.Create(CultureInfo.InvariantCulture, $"console-checkout-{Interlocked.Increment(ref _queries)}");
        await _engine.HandleAsync(
            new PreCheckoutRequested
            {
                ChatId = ConsoleSession.ChatId,
                User = _session.User,
                QueryId = queryId,
                Currency = "XTR",
                TotalAmount = invoice.Stars,
                Payload = invoice.Payload,
            },
            cancellationToken).ConfigureAwait(false);
        if (!_gateway.TakeCheckoutAnswer(queryId, out var reason))
        {
            _output.Write(ConsoleRenderer.Notice($"(demo) Checkout refused: {reason}"));
            return;
        }

        var chargeId = "console-" + Guid.NewGuid().ToString("N");
        _paid.Add(invoiceMessage);
        _keyboard.Remove(invoiceMessage);
        _output.Write(ConsoleRenderer.Notice(string.Create(CultureInfo.InvariantCulture, $"(demo) Paid {invoice.Stars} ⭐, charge id {chargeId}.")));
        await _engine.HandleAsync(
            new PaymentReceived
            {
                ChatId = ConsoleSession.ChatId,
                User = _session.User,
                Currency = "XTR",
                TotalAmount = invoice.Stars,
                Payload = invoice.Payload,
                ChargeId = chargeId,
            },
            cancellationToken).ConfigureAwait(false);
    }
}
