using System.Text;
using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

public sealed class ConsoleChatGatewayTests : IDisposable
{
    private readonly StringWriter _screen = new();
    private readonly ConsoleKeyboard _keyboard = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));
    private readonly ConsoleChatGateway _gateway;

    public ConsoleChatGatewayTests()
    {
        _gateway = new ConsoleChatGateway(new ConsoleOutput(_screen), _keyboard, new ConsoleFiles(_folder));
    }

    private string Printed => _screen.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public async Task A_message_prints_its_id_text_and_numbered_buttons_row_by_row()
    {
        var message = await _gateway.SendAsync(1, new Screen("Main menu", [[Button("Generate"), Button("Balance")], [Button("Help")]]));

        Assert.Equal("── #1 ──\nMain menu\n[1] Generate  [2] Balance\n[3] Help\n", Printed);
        Assert.Equal(new MessageRef(1, 1), message);
        Assert.Equal("help", _keyboard.Find(3)!.Button!.Data);
    }

    [Fact]
    public async Task An_edit_prints_the_message_again_marked_edited_with_fresh_numbers()
    {
        var message = await _gateway.SendAsync(1, new Screen("Generating… 10%", [[Button("Cancel")]]));
        await _gateway.SendAsync(1, new Screen("Menu", [[Button("Help")]]));

        await _gateway.EditAsync(message, new Screen("Generating… 60%", [[Button("Cancel")]]));

        Assert.EndsWith("── (edited #1) ──\nGenerating… 60%\n[3] Cancel\n", Printed, StringComparison.Ordinal);
        Assert.Null(_keyboard.Find(1));
        Assert.Equal(message, _keyboard.Find(3)!.Message);
    }

    [Fact]
    public async Task A_link_button_shows_its_url()
    {
        await _gateway.SendAsync(1, new Screen("Docs", [[ScreenButton.Link("Open", new Uri("https://docs.kie.ai/"))]]));

        Assert.Contains("[1] Open (https://docs.kie.ai/)", Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_answer_prints_its_notice_and_a_silent_answer_prints_nothing()
    {
        await _gateway.AnswerButtonAsync("cb1");
        await _gateway.AnswerButtonAsync("cb2", "Not enough money");

        Assert.Equal("  » Not enough money\n", Printed);
    }

    [Fact]
    public async Task Media_print_their_kind_and_url_or_saved_file_and_the_ids_can_be_sent_again()
    {
        var bytes = Encoding.UTF8.GetBytes("png bytes");
        var sent = await _gateway.SendMediaAsync(1, [
            new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(new Uri("https://tempfile.example/cat.png")), "A cat"),
            new OutgoingMedia(MediaKind.Document, new MediaSource.Upload(_ => Task.FromResult<Stream>(new MemoryStream(bytes)), "cat original.png")),
        ]);

        Assert.Equal("https://tempfile.example/cat.png", sent.FileIds[0]);
        var saved = sent.FileIds[1]!;
        Assert.StartsWith(_folder, saved, StringComparison.Ordinal);
        Assert.EndsWith("cat original.png", saved, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(saved));
        Assert.Equal([new MessageRef(1, 1), new MessageRef(1, 2)], sent.Messages);
        Assert.Equal($"── #1 ──\n[photo] https://tempfile.example/cat.png\nA cat\n── #2 ──\n[document] {saved}\n", Printed);

        var again = await _gateway.SendMediaAsync(1, [new OutgoingMedia(MediaKind.Document, new MediaSource.Stored(saved))]);
        Assert.Equal(saved, again.FileIds[0]);
        Assert.EndsWith($"── #3 ──\n[document] {saved}\n", Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoice_prints_its_price_and_a_numbered_pay_button()
    {
        var invoice = new InvoiceScreen("Top up 100 ₽", "Balance top-up", "inv-7", 50, "topup");

        var message = await _gateway.SendInvoiceAsync(1, invoice);

        Assert.Equal("── #1 ──\n[invoice] Top up 100 ₽: 50 ⭐\nBalance top-up\n[1] Pay (demo)\n", Printed);
        Assert.Same(invoice, _keyboard.Find(1)!.Invoice);
        Assert.Equal(message, _keyboard.Find(1)!.Message);
    }

    [Fact]
    public async Task Checkout_answers_are_taken_once_and_a_missing_answer_is_a_refusal()
    {
        await _gateway.AnswerPreCheckoutAsync("q1", null);
        await _gateway.AnswerPreCheckoutAsync("q2", "Invoice expired");

        Assert.True(_gateway.TakeCheckoutAnswer("q1", out var none));
        Assert.Null(none);
        Assert.False(_gateway.TakeCheckoutAnswer("q2", out var reason));
        Assert.Equal("Invoice expired", reason);
        Assert.False(_gateway.TakeCheckoutAnswer("q1", out var missing));
        Assert.NotNull(missing);
    }

    [Fact]
    public async Task User_files_are_read_from_their_path_and_a_missing_one_is_a_bad_request()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "input.txt");
        await File.WriteAllTextAsync(path, "hello");

        await using (var stream = await _gateway.OpenUserFileAsync(path))
        using (var reader = new StreamReader(stream))
        {
            Assert.Equal("hello", await reader.ReadToEndAsync());
        }

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _gateway.OpenUserFileAsync(Path.Combine(_folder, "gone.txt")));
        Assert.Equal(ChatFailure.BadRequest, error.Failure);
    }

    [Fact]
    public async Task There_are_no_star_payments_to_reconcile()
    {
        Assert.Empty(await _gateway.GetStarPaymentsAsync(0, 100));
    }

    [Fact]
    public async Task Messages_printed_from_many_threads_never_interleave()
    {
        const int count = 200;
        var lines = Enumerable.Range(0, 5).Select(line => "line " + line).ToArray();
        var writers = Enumerable.Range(0, count).Select(index => Task.Run(() => index % 2 == 0
            ? _gateway.SendAsync(1, new Screen(string.Join('\n', lines), [[Button("a"), Button("b")]]))
            : _gateway.EditAsync(new MessageRef(1, 1000 + index), new Screen(string.Join('\n', lines)))));

        await Task.WhenAll(writers);

        var blocks = Printed.Split("── ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, blocks.Length);
        var numbers = new List<int>();
        foreach (var block in blocks)
        {
            var blockLines = block.TrimEnd('\n').Split('\n');
            Assert.Equal(lines, blockLines.Skip(1).Take(lines.Length));
            if (blockLines.Length > lines.Length + 1)
            {
                var buttons = blockLines[^1];
                Assert.Matches(@"^\[\d+\] a  \[\d+\] b$", buttons);
                numbers.AddRange(System.Text.RegularExpressions.Regex.Matches(buttons, @"\[(\d+)\]").Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        // Numbers were handed out in the order the blocks appear.
        Assert.Equal(Enumerable.Range(1, count), numbers);
    }

    public void Dispose()
    {
        _screen.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ScreenButton Button(string label) => ScreenButton.Callback(label, label.ToLowerInvariant());
}
