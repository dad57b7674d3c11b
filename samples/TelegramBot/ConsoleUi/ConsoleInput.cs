namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Reads lines from standard input without holding up shutdown: each read runs on its own background thread, so
/// Ctrl+C abandons a pending read instead of waiting for a line that may never come.
/// </summary>
internal sealed class ConsoleInput
{
    private readonly TextReader _reader;

    /// <summary>Creates the input.</summary>
    /// <param name="reader">Standard input, or a <see cref="StringReader"/> in tests.</param>
    public ConsoleInput(TextReader reader)
    {
        _reader = reader;
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="cancellationToken">Stops waiting (the read itself is left to finish on its thread).</param>
    /// <returns>The line, or null at the end of input.</returns>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(_reader.ReadLine, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .WaitAsync(cancellationToken);
}
