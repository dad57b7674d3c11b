using System.Diagnostics;
using System.Net.Http;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Kie.Samples.TelegramBot.Tests.S3;

/// <summary>
/// A real S3-compatible server for the archive's S3 tests: the npm package <c>s3rver</c> (pinned in
/// <c>S3/package.json</c>), installed on first use into the test output folder (never committed), started with
/// <c>node</c> on a free port over a temporary folder, and stopped when the tests end. When node or npm is missing, or
/// the install or the start fails, <see cref="SkipReason"/> says why and the S3 tests report it and return.
/// </summary>
public sealed partial class S3TestServer : IAsyncLifetime
{
    /// <summary>The access key s3rver accepts.</summary>
    public const string AccessKey = "S3RVER";

    /// <summary>The secret key s3rver accepts.</summary>
    public const string SecretKey = "S3RVER";

    private const string PinnedVersion = "3.7.1";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "kie-bot-s3rver", Guid.NewGuid().ToString("N"));
    private Process? _process;

    /// <summary>The server's endpoint, once started.</summary>
    public Uri? ServiceUrl { get; private set; }

    /// <summary>Why the S3 tests cannot run here; null when the server is up.</summary>
    public string? SkipReason { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            var node = FindOnPath("node");
            var npm = FindOnPath("npm");
            if (node is null || npm is null)
            {
                SkipReason = "node and npm are needed to run s3rver, and " + (node is null ? "node" : "npm") + " is not on PATH.";
                return;
            }

            var script = await InstallAsync(npm);
            if (script is null)
            {
                return;
            }

            await StartAsync(node, script);
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or HttpRequestException or TimeoutException or UnauthorizedAccessException)
        {
            SkipReason = "s3rver could not be started: " + error.Message;
            await DisposeAsync();
        }
    }

    /// <summary>Reports why the S3 tests are skipped (to the test's output and the console); returns whether they are.</summary>
    /// <param name="output">The test's output.</param>
    /// <returns>True when the test must return without running.</returns>
    public bool Skip(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (SkipReason is null)
        {
            return false;
        }

        var text = "SKIPPED (S3): " + SkipReason;
        output.WriteLine(text);
        Console.WriteLine(text);
        return true;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (Exception error) when (error is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                // Already gone, or refusing to die: nothing more a test run can do.
            }

            process.Dispose();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }

    private async Task<string?> InstallAsync(string npm)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "s3rver");
        var script = Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js");
        var installed = Path.Combine(folder, "node_modules", "s3rver", "package.json");
        if (File.Exists(script) && File.Exists(installed) && (await File.ReadAllTextAsync(installed)).Contains($"\"version\": \"{PinnedVersion}\"", StringComparison.Ordinal))
        {
            return script;
        }

        Directory.CreateDirectory(folder);
        File.Copy(PackageJson(), Path.Combine(folder, "package.json"), overwrite: true);
        var (exitCode, output) = await RunAsync(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error"], folder, InstallTimeout);
        if (exitCode != 0 || !File.Exists(script))
        {
            SkipReason = $"npm install s3rver@{PinnedVersion} failed (exit {exitCode}): {Last(output, 400)}";
            return null;
        }

        return script;
    }

    private async Task StartAsync(string node, string script)
    {
        Directory.CreateDirectory(_dataFolder);
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dataFolder,
        };
        foreach (var argument in new[] { script, "--directory", _dataFolder, "--address", "127.0.0.1", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line.Data);
            }

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(line.Data);
                }
            }
        };
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("s3rver exited: " + log));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var port = await listening.Task.WaitAsync(StartTimeout);
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");

        // It said it listens; make sure it answers before the first test talks to it.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync(ServiceUrl);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string PackageJson()
    {
        // The pinned package.json lives next to this file in the source tree; the test output sits below it.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "S3", "package.json");
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "TelegramBot.Tests.csproj")))
            {
                return candidate;
            }

            var nested = Path.Combine(directory.FullName, "tests", "TelegramBot.Tests", "S3", "package.json");
            if (File.Exists(nested))
            {
                return nested;
            }
        }

        throw new FileNotFoundException("tests/TelegramBot.Tests/S3/package.json was not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe" } : new[] { name })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static string Last(string text, int length) => text.Length <= length ? text.Trim() : text[^length..].Trim();

    [GeneratedRegex(@"listening on [^\s:]+:(\d+)")]
    private static partial Regex ListeningLine();
}

/// <summary>The tests that share one s3rver process.</summary>
[CollectionDefinition(Name)]
public sealed class S3Collection : ICollectionFixture<S3TestServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "S3 server";
}
