namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>What a line typed at the console asks for.</summary>
internal abstract record ConsoleCommand
{
    /// <summary>An empty line: nothing to do.</summary>
    public sealed record Nothing : ConsoleCommand;

    /// <summary>Press the button with this number.</summary>
    /// <param name="Button">The button on screen.</param>
    public sealed record Press(NumberedButton Button) : ConsoleCommand;

    /// <summary>Send a text message (commands included).</summary>
    /// <param name="Content">The text.</param>
    public sealed record Text(string Content) : ConsoleCommand;

    /// <summary>Send a local file, as if it were uploaded in the chat.</summary>
    /// <param name="Path">The file's full path.</param>
    public sealed record SendFile(string Path) : ConsoleCommand;

    /// <summary>The line cannot be acted on; tell the user why.</summary>
    /// <param name="Message">What is wrong.</param>
    public sealed record Problem(string Message) : ConsoleCommand;
}
