using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>One captured log line.</summary>
/// <param name="Category">The logger category.</param>
/// <param name="Level">The level.</param>
/// <param name="Text">The formatted message, then every structured value, then the exception with its stack.</param>
public sealed record CapturedLog(string Category, LogLevel Level, string Text);

/// <summary>A logger provider that keeps everything at every level (Trace included), for "never logs the token" checks.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    /// <summary>Everything logged so far.</summary>
    public IReadOnlyList<CapturedLog> Entries => _entries.ToArray();

    /// <summary>Everything logged so far as one text.</summary>
    public string AllText => string.Join("\n", _entries.Select(entry => $"[{entry.Level}] {entry.Category}: {entry.Text}"));

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue(new CapturedLog(category, LogLevel.Trace, "scope: " + state));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : "";
            entries.Enqueue(new CapturedLog(category, logLevel, $"{formatter(state, exception)} | {values} | {exception}"));
        }
    }
}
