namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// The program's own switches, taken out of the command line before the rest goes to configuration: <c>--console</c>
/// (console mode even with a bot token) and <c>--lang ru|en</c> (the console user's language). They must be removed
/// because the command-line configuration provider would read <c>--console --Bot:Database=x</c> as the key
/// <c>console</c> with the value <c>--Bot:Database=x</c>.
/// </summary>
/// <param name="Console">Whether <c>--console</c> was given.</param>
/// <param name="Language">The <c>--lang</c> value, or null.</param>
/// <param name="ConfigurationArgs">Everything else, for the configuration (<c>--Bot:Database=/tmp/x.db</c>, <c>Kie:ApiKey=…</c>).</param>
internal sealed record BotArguments(bool Console, string? Language, IReadOnlyList<string> ConfigurationArgs)
{
    /// <summary>Splits the command line.</summary>
    /// <param name="args">The program's arguments.</param>
    /// <returns>The switches and the rest.</returns>
    /// <exception cref="BotConfigurationException"><c>--lang</c> has no value.</exception>
    public static BotArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = false;
        string? language = null;
        var rest = new List<string>(args.Count);
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (IsSwitch(arg, "console"))
            {
                console = true;
            }
            else if (IsSwitch(arg, "lang"))
            {
                if (index + 1 >= args.Count)
                {
                    throw new BotConfigurationException("--lang needs a value: --lang ru or --lang en.");
                }

                language = args[++index];
            }
            else if (arg.StartsWith("--lang=", StringComparison.OrdinalIgnoreCase))
            {
                language = arg["--lang=".Length..];
            }
            else
            {
                rest.Add(arg);
            }
        }

        return new BotArguments(console, language, rest);
    }

    private static bool IsSwitch(string arg, string name) =>
        string.Equals(arg, "--" + name, StringComparison.OrdinalIgnoreCase) || string.Equals(arg, "/" + name, StringComparison.OrdinalIgnoreCase);
}
