namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// The console's screen: whole blocks are written under one lock, so a progress edit arriving from background work
/// never lands in the middle of another message's lines.
/// </summary>
internal sealed class ConsoleOutput
{
    private readonly TextWriter _writer;

    /// <summary>Creates the output.</summary>
    /// <param name="writer">Where to write (standard output, or a <see cref="StringWriter"/> in tests).</param>
    public ConsoleOutput(TextWriter writer)
    {
        _writer = writer;
    }

    /// <summary>The lock that keeps a block (and whatever the caller does with it, such as numbering buttons) whole.</summary>
    public Lock Sync { get; } = new();

    /// <summary>Writes a block of lines and flushes it, atomically with respect to other writes.</summary>
    /// <param name="block">The text; a line break is added at the end.</param>
    public void Write(string block)
    {
        lock (Sync)
        {
            _writer.WriteLine(block);
            _writer.Flush();
        }
    }
}
