using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>A button as the console shows it: its number, the message it belongs to, and what pressing it does.</summary>
/// <param name="Number">What the user types to press it.</param>
/// <param name="Message">The message that shows it.</param>
/// <param name="Button">The engine's button (callback data or a link); null for an invoice's Pay button.</param>
/// <param name="Invoice">For an invoice's "Pay (demo)" button, the invoice it pays.</param>
internal sealed record NumberedButton(int Number, MessageRef Message, ScreenButton? Button, InvoiceScreen? Invoice = null)
{
    /// <summary>The label printed next to the number.</summary>
    public string Label => Button?.Label ?? ConsoleKeyboard.PayLabel;
}
