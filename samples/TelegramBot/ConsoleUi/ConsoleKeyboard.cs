using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Gives the buttons on screen numbers the user can type. Numbering restarts at 1 with the first keyboard printed after
/// the user's input, and continues across further messages until the next input ("the latest screens"); so a reply
/// without buttons keeps the previous keyboard usable, and a progress edit arriving later adds to it instead of
/// renumbering what the user is looking at. An edited message loses its old numbers. Thread-safe.
/// </summary>
internal sealed class ConsoleKeyboard
{
    /// <summary>The label of an invoice's pay button.</summary>
    public const string PayLabel = "Pay (demo)";

    private readonly Lock _lock = new();
    private readonly Dictionary<int, NumberedButton> _buttons = [];
    private int _next = 1;
    private bool _restart = true;

    /// <summary>The user typed something: the next keyboard printed starts again at 1.</summary>
    public void BeginTurn()
    {
        lock (_lock)
        {
            _restart = true;
        }
    }

    /// <summary>Numbers the buttons of a message just printed (replacing any numbers it had before).</summary>
    /// <param name="message">The message.</param>
    /// <param name="rows">Its rows of buttons; empty for none.</param>
    /// <returns>The numbered rows, in the same shape.</returns>
    public IReadOnlyList<IReadOnlyList<NumberedButton>> Number(MessageRef message, IReadOnlyList<IReadOnlyList<ScreenButton>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (_lock)
        {
            Forget(message);
            if (rows.All(row => row.Count == 0))
            {
                return [];
            }

            StartIfNewTurn();
            return rows.Where(row => row.Count > 0).Select(row => (IReadOnlyList<NumberedButton>)row.Select(button => Add(new NumberedButton(_next, message, button))).ToArray()).ToArray();
        }
    }

    /// <summary>Numbers an invoice's single "Pay (demo)" button.</summary>
    /// <param name="message">The invoice message.</param>
    /// <param name="invoice">The invoice.</param>
    /// <returns>The numbered button.</returns>
    public NumberedButton NumberInvoice(MessageRef message, InvoiceScreen invoice)
    {
        lock (_lock)
        {
            Forget(message);
            StartIfNewTurn();
            return Add(new NumberedButton(_next, message, null, invoice));
        }
    }

    /// <summary>Removes a message's numbers (it was paid, or its buttons were taken away).</summary>
    /// <param name="message">The message.</param>
    public void Remove(MessageRef message)
    {
        lock (_lock)
        {
            Forget(message);
        }
    }

    /// <summary>The button with this number, if it is on screen.</summary>
    /// <param name="number">The typed number.</param>
    /// <returns>The button, or null.</returns>
    public NumberedButton? Find(int number)
    {
        lock (_lock)
        {
            return _buttons.GetValueOrDefault(number);
        }
    }

    private void StartIfNewTurn()
    {
        if (_restart)
        {
            _buttons.Clear();
            _next = 1;
            _restart = false;
        }
    }

    private NumberedButton Add(NumberedButton button)
    {
        _buttons[button.Number] = button;
        _next++;
        return button;
    }

    private void Forget(MessageRef message)
    {
        foreach (var number in _buttons.Where(pair => pair.Value.Message == message).Select(pair => pair.Key).ToArray())
        {
            _buttons.Remove(number);
        }
    }
}
