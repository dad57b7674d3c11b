using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

public sealed class ConsoleCommandParserTests
{
    private readonly ConsoleKeyboard _keyboard = new();

    public ConsoleCommandParserTests()
    {
        _keyboard.Number(new MessageRef(1, 7), [[ScreenButton.Callback("Generate", "menu:generate"), ScreenButton.Callback("Balance", "balance")]]);
    }

    [Fact]
    public void A_number_on_screen_presses_that_button()
    {
        var command = Parse(" 2 ");

        var press = Assert.IsType<ConsoleCommand.Press>(command);
        Assert.Equal("balance", press.Button.Button!.Data);
        Assert.Equal(new MessageRef(1, 7), press.Button.Message);
    }

    [Fact]
    public void A_number_not_on_screen_is_text()
    {
        Assert.Equal("42", Assert.IsType<ConsoleCommand.Text>(Parse("42")).Content);
    }

    [Theory]
    [InlineData(">2", "2")]
    [InlineData("> file cabinet", "file cabinet")]
    [InlineData("/start", "/start")]
    [InlineData("a cat in a hat", "a cat in a hat")]
    public void Other_lines_are_text(string line, string expected)
    {
        Assert.Equal(expected, Assert.IsType<ConsoleCommand.Text>(Parse(line)).Content);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(">")]
    public void Empty_lines_do_nothing(string line)
    {
        Assert.IsType<ConsoleCommand.Nothing>(Parse(line));
    }

    [Theory]
    [InlineData("file /tmp/cat.png")]
    [InlineData("FILE \"/tmp/cat.png\"")]
    public void File_sends_an_existing_file_by_full_path(string line)
    {
        var command = ConsoleCommandParser.Parse(line, _keyboard, path => path == Path.GetFullPath("/tmp/cat.png"));

        Assert.Equal(Path.GetFullPath("/tmp/cat.png"), Assert.IsType<ConsoleCommand.SendFile>(command).Path);
    }

    [Fact]
    public void File_with_a_missing_path_is_a_problem_that_names_it()
    {
        var problem = Assert.IsType<ConsoleCommand.Problem>(Parse("file /nowhere/x.png"));

        Assert.Contains(Path.GetFullPath("/nowhere/x.png"), problem.Message, StringComparison.Ordinal);
    }

    private ConsoleCommand Parse(string line) => ConsoleCommandParser.Parse(line, _keyboard, _ => false);
}
