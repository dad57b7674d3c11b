using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

public sealed class ConsoleKeyboardTests
{
    private static readonly MessageRef First = new(1, 1);
    private static readonly MessageRef Second = new(1, 2);

    [Fact]
    public void Numbers_continue_across_messages_until_the_next_input_then_restart_at_one()
    {
        var keyboard = new ConsoleKeyboard();
        var menu = keyboard.Number(First, Rows(["a", "b"], ["c"]));
        var more = keyboard.Number(Second, Rows(["d"]));

        Assert.Equal([1, 2], menu[0].Select(button => button.Number));
        Assert.Equal(3, menu[1][0].Number);
        Assert.Equal(4, more[0][0].Number);
        Assert.Equal("d", keyboard.Find(4)!.Button!.Data);

        keyboard.BeginTurn();
        var next = keyboard.Number(First, Rows(["e"]));
        Assert.Equal(1, next[0][0].Number);
        Assert.Equal("e", keyboard.Find(1)!.Button!.Data);
        Assert.Null(keyboard.Find(4));
    }

    [Fact]
    public void A_reply_without_buttons_keeps_the_previous_keyboard()
    {
        var keyboard = new ConsoleKeyboard();
        keyboard.Number(First, Rows(["a", "b"]));
        keyboard.BeginTurn();

        Assert.Empty(keyboard.Number(Second, []));

        Assert.Equal("b", keyboard.Find(2)!.Button!.Data);
    }

    [Fact]
    public void An_edit_replaces_the_numbers_of_that_message_only()
    {
        var keyboard = new ConsoleKeyboard();
        keyboard.Number(First, Rows(["a", "b"]));
        keyboard.Number(Second, Rows(["c"]));

        var edited = keyboard.Number(First, Rows(["x"]));

        Assert.Equal(4, edited[0][0].Number);
        Assert.Null(keyboard.Find(1));
        Assert.Null(keyboard.Find(2));
        Assert.Equal("c", keyboard.Find(3)!.Button!.Data);
        Assert.Equal(First, keyboard.Find(4)!.Message);
    }

    [Fact]
    public void An_edit_that_removes_the_buttons_removes_their_numbers()
    {
        var keyboard = new ConsoleKeyboard();
        keyboard.Number(First, Rows(["a"]));

        keyboard.Number(First, []);

        Assert.Null(keyboard.Find(1));
    }

    [Fact]
    public void An_invoice_gets_a_numbered_pay_button()
    {
        var keyboard = new ConsoleKeyboard();
        var invoice = new InvoiceScreen("Top up", "100 stars", "inv-1", 100, "topup");

        var pay = keyboard.NumberInvoice(Second, invoice);

        Assert.Equal(1, pay.Number);
        Assert.Equal("Pay (demo)", pay.Label);
        Assert.Same(invoice, keyboard.Find(1)!.Invoice);
        keyboard.Remove(Second);
        Assert.Null(keyboard.Find(1));
    }

    private static IReadOnlyList<IReadOnlyList<ScreenButton>> Rows(params string[][] rows) =>
        rows.Select(row => (IReadOnlyList<ScreenButton>)row.Select(data => ScreenButton.Callback(data.ToUpperInvariant(), data)).ToArray()).ToArray();
}
