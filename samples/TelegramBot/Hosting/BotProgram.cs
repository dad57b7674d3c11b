using Kie.Samples.TelegramBot.ConsoleUi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// The program: reads the configuration, chooses one update source (<see cref="BotModeSelector"/>), says which at
/// start (never a secret), builds the matching host and runs it until Ctrl+C, SIGTERM or, in console mode, the end of
/// input. Exit codes: 0 after a clean stop, 2 for a configuration the bot cannot start with, 1 for any other start-up
/// failure.
/// </summary>
internal static class BotProgram
{
    /// <summary>Runs the bot.</summary>
    /// <param name="args">The command line: <c>--console</c>, <c>--lang ru|en</c>, and configuration keys (<c>--Bot:Database=/tmp/bot.db</c>).</param>
    /// <param name="input">Standard input (console mode reads it).</param>
    /// <param name="output">Standard output (the banner; console mode's chat).</param>
    /// <param name="error">Standard error (start-up errors).</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        BotArguments arguments;
        BotMode mode;
        IConfiguration configuration;
        try
        {
            arguments = BotArguments.Parse(args);
            configuration = BotConfiguration.Build(arguments.ConfigurationArgs);
            mode = BotModeSelector.Select(configuration, arguments.Console);
        }
        catch (BotConfigurationException problem)
        {
            await error.WriteLineAsync("Cannot start the bot: " + problem.Message).ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync($"Kie.Sdk sample bot: {mode.Describe()}; database: {DatabaseName(configuration)}.").ConfigureAwait(false);
        IHost host;
        try
        {
            host = mode.Source == UpdateSource.Console
                ? ConsoleHost.Build(arguments, input, output)
                : TelegramHost.Build(arguments, mode);
        }
        catch (Exception problem) when (problem is BotConfigurationException or ArgumentException or InvalidOperationException or OptionsValidationException)
        {
            // Invalid pricing or KIE options are found while the services are registered; the messages name the keys.
            await error.WriteLineAsync("Cannot start the bot: " + problem.Message).ConfigureAwait(false);
            return 2;
        }

        using (host)
        {
            try
            {
                await host.RunAsync().ConfigureAwait(false);
            }
            catch (OptionsValidationException problem)
            {
                await error.WriteLineAsync("Cannot start the bot: " + problem.Message).ConfigureAwait(false);
                return 2;
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // A start-up step failed (the webhook could not be set, the database cannot be opened); the host has
                // logged the details. One clear line and a failing exit code, not an unhandled-exception crash.
                await error.WriteLineAsync($"The bot stopped: {problem.GetType().Name}: {problem.Message}").ConfigureAwait(false);
                return 1;
            }
        }

        return 0;
    }

    private static string DatabaseName(IConfiguration configuration)
    {
        var database = configuration["Bot:Database"];
        return string.IsNullOrWhiteSpace(database) ? new Kie.Samples.TelegramBot.Hosting.BotOptions().Database
            // A full connection string may hold a password; a path does not.
            : database.Contains('=', StringComparison.Ordinal) ? "(connection string)" : database;
    }
}
