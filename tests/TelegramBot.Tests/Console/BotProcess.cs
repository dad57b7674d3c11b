using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

/// <summary>
/// The real bot program (TelegramBot.dll from this test's build output) run as a child process: lines go to its
/// standard input, its standard output is collected for assertions. Real-time limits here only stop a hung test; no
/// assertion depends on how long anything took.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    /// <summary>How long to wait for expected output or for the exit before failing: generous, for a loaded machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static readonly string[] InheritedPrefixes = ["Telegram__", "Kie__", "Bot__", "Pricing__", "Stars__", "Demo__", "Console__", "Logging__"];
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly Lock _lock = new();
    private int _inputMark;
    private bool _outputClosed;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Everything the program printed so far (line breaks normalised to \n).</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the program printed since the last line sent to it.</summary>
    public string OutputSinceInput
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString(_inputMark, _output.Length - _inputMark);
            }
        }
    }

    /// <summary>Everything the program wrote to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Starts the program with these arguments and no inherited bot settings (the test controls them all).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The running program.</returns>
    public static BotProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the program with these environment variables (set after the inherited bot settings are removed) and arguments.</summary>
    /// <param name="environment">Environment variables, such as <c>Bot__Admins__0</c>.</param>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The running program.</returns>
    public static BotProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(ProgramPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(name => InheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = null;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, line) => bot.AppendOutput(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Append(bot._errors, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits until the output (since the last input) contains <paramref name="text"/>.</summary>
    /// <param name="text">The text to wait for.</param>
    /// <returns>The output since the last input.</returns>
    public Task<string> WaitForAsync(string text) => WaitForAsync(since => since.Contains(text, StringComparison.Ordinal), $"'{text}'");

    /// <summary>Waits until a button whose label contains <paramref name="label"/> is printed (since the last input).</summary>
    /// <param name="label">Part of the label.</param>
    /// <returns>The output since the last input.</returns>
    public Task<string> WaitForButtonAsync(string label) =>
        WaitForAsync(since => ButtonPattern().Matches(since).Any(match => match.Groups["label"].Value.Contains(label, StringComparison.OrdinalIgnoreCase)), $"a button '{label}'");

    private async Task<string> WaitForAsync(Func<string, bool> condition, string what)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var since = _output.ToString(_inputMark, _output.Length - _inputMark);
                if (condition(since))
                {
                    return since;
                }

                if (_outputClosed)
                {
                    break;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new Xunit.Sdk.XunitException($"The bot never printed {what} (output closed: {_outputClosed}). Output:\n{Output}\nErrors:\n{Errors}");
    }

    /// <summary>
    /// The number of the button labelled <paramref name="label"/> on the newest screens: an exact label first, else the
    /// newest label containing it; what was printed since the last input is searched before older output.
    /// </summary>
    /// <param name="label">The label, or part of it.</param>
    /// <returns>The number to type.</returns>
    public int NumberOf(string label)
    {
        foreach (var text in new[] { OutputSinceInput, Output })
        {
            var buttons = ButtonPattern().Matches(text).Select(match => (Number: match.Groups["number"].Value, Label: match.Groups["label"].Value.Trim())).ToArray();
            var found = buttons.LastOrDefault(button => button.Label == label || StripIcon(button.Label) == label);
            if (found.Number is null)
            {
                found = buttons.LastOrDefault(button => button.Label.Contains(label, StringComparison.OrdinalIgnoreCase));
            }

            if (found.Number is not null)
            {
                return int.Parse(found.Number, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new Xunit.Sdk.XunitException($"No button labelled '{label}' on screen. Output:\n{Output}");
    }

    /// <summary>Types a line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>A task that completes when written.</returns>
    public async Task SendAsync(string line)
    {
        lock (_lock)
        {
            _inputMark = _output.Length;
        }

        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Presses the newest button whose label contains <paramref name="label"/> by typing its number.</summary>
    /// <param name="label">Part of the label.</param>
    /// <returns>A task that completes when typed.</returns>
    public Task PressAsync(string label) => SendAsync(NumberOf(label).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Closes standard input (end of input) and waits for the program to exit.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> EndInputAndWaitAsync()
    {
        _process.StandardInput.Close();
        return await WaitForExitAsync();
    }

    /// <summary>Waits for the program to exit by itself.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"The bot did not exit. Output:\n{Output}\nErrors:\n{Errors}");
        }

        // The parameterless wait also drains the redirected streams.
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string ProgramPath()
    {
        // The test project references the bot, so its build output holds TelegramBot.dll with its runtimeconfig and deps.
        var path = Path.Combine(AppContext.BaseDirectory, "TelegramBot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The bot program is not in the test's build output.", path);
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
    }

    private void AppendOutput(string? line)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            if (line is null)
            {
                _outputClosed = true;
            }
            else
            {
                _output.Append(line).Append('\n');
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            target.Append(line).Append('\n');
        }
    }

    private static string StripIcon(string label)
    {
        var space = label.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && !char.IsLetterOrDigit(label[0]) ? label[(space + 1)..] : label;
    }

    [GeneratedRegex(@"\[(?<number>\d+)\] (?<label>.+?)(?=  \[\d+\] |$)", RegexOptions.Multiline)]
    private static partial Regex ButtonPattern();
}
