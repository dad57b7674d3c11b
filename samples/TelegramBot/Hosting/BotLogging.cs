using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>Logging per mode: in console mode standard output is the chat, so logs go to standard error, warnings and up.</summary>
internal static class BotLogging
{
    /// <summary>Sends every log line to standard error and keeps only warnings and errors, unless configured otherwise.</summary>
    /// <param name="logging">The host's logging builder.</param>
    public static void ForConsoleMode(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);
    }

    /// <summary>Keeps the HTTP client's per-request lines out of the logs: Telegram's request URLs contain the bot token.</summary>
    /// <param name="logging">The host's logging builder.</param>
    public static void ForTelegramMode(ILoggingBuilder logging)
    {
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
    }

    /// <summary>Hides the host's "press Ctrl+C" status lines (console mode prints its own).</summary>
    /// <param name="options">The console lifetime options.</param>
    public static void Quiet(ConsoleLifetimeOptions options) => options.SuppressStatusMessages = true;
}
