namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>Settings of console mode (configuration section <c>Console</c>).</summary>
internal sealed class ConsoleOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Console";

    /// <summary>
    /// How long running orders (generation, delivery, payment) may go on after the end of input before the program
    /// stops; it stops sooner once none is open, and unfinished orders resume at the next start. Default 2 s.
    /// </summary>
    public TimeSpan ExitGrace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where files the bot uploads (originals, for example) are saved; default <c>kie-bot-console</c> in the temporary folder.</summary>
    public string? FilesFolder { get; set; }
}
