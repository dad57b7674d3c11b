using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Kie.Sdk.Tests.Conventions;

/// <summary>
/// "IsAotCompatible, zero trim warnings" as behaviour, not only as analyzer settings: tests/Kie.Sdk.TrimProbe is
/// published trimmed and self-contained (every trim warning shown, warnings as errors) and then run, so a
/// reflection path the trimmer cut away fails here instead of in a user's app.
/// </summary>
/// <remarks>
/// The publish writes only under a fresh temporary <c>--artifacts-path</c>, never into <c>src/*/bin</c> or
/// <c>src/*/obj</c>, which the rest of the test run and the pack steps use. It needs the runtime pack and ILLink
/// from the package feed, and takes one to two minutes (it runs alone, see <see cref="TrimmedPublishCollection"/>).
/// </remarks>
[Collection(TrimmedPublishCollection.Name)]
public sealed partial class TrimmedPublishTests : IDisposable
{
    /// <summary>How many checks tests/Kie.Sdk.TrimProbe runs; change it with the probe.</summary>
    private const int ProbeChecks = 14;

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly DirectoryInfo _artifacts = Directory.CreateTempSubdirectory("kie-trim-probe-");

    public void Dispose()
    {
        try
        {
            _artifacts.Delete(recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is not worth failing the test for.
        }
    }

    [Fact]
    public async Task The_trimmed_probe_publishes_without_trim_warnings_and_passes_every_check()
    {
        var root = RepositoryRoot();
        var output = Path.Combine(_artifacts.FullName, "out");
        var publish = await RunAsync(
            DotnetHost(),
            [
                "publish", Path.Combine(root, "tests", "Kie.Sdk.TrimProbe", "Kie.Sdk.TrimProbe.csproj"),
                // No -r: the SDK picks its own portable runtime id (RuntimeInformation.RuntimeIdentifier can be a
                // distribution's id, such as ubuntu.24.04-x64, for which no runtime pack is published).
                "-c", "Release",
                "--artifacts-path", _artifacts.FullName,
                "-o", output,
                // No MSBuild nodes or compiler server left running after the test, holding files or CPU.
                "--disable-build-servers",
            ],
            root,
            PublishTimeout);

        Assert.True(publish.ExitCode == 0, $"dotnet publish exited with {publish.ExitCode}:{Environment.NewLine}{publish.Output}");
        var trimDiagnostics = TrimDiagnostic().Matches(publish.Output).Select(match => match.Value).Distinct().ToList();
        Assert.True(trimDiagnostics.Count == 0, $"The trimmed publish reported {string.Join(", ", trimDiagnostics)}:{Environment.NewLine}{publish.Output}");

        var executable = Path.Combine(output, OperatingSystem.IsWindows() ? "Kie.Sdk.TrimProbe.exe" : "Kie.Sdk.TrimProbe");
        Assert.True(File.Exists(executable), $"No {executable} after the publish:{Environment.NewLine}{publish.Output}");
        var run = await RunAsync(executable, [], output, RunTimeout);

        Assert.True(run.ExitCode == 0, $"The trimmed probe exited with {run.ExitCode}:{Environment.NewLine}{run.Output}");
        Assert.True(
            run.Output.Split('\n').Any(line => line.TrimEnd() == $"trim probe: {ProbeChecks} checks passed"),
            $"Expected 'trim probe: {ProbeChecks} checks passed' from the probe:{Environment.NewLine}{run.Output}");
    }

    /// <summary>An ILLink trim (IL2xxx) or AOT (IL3xxx) diagnostic, as a warning or, with warnings as errors, an error.</summary>
    [GeneratedRegex(@"\b(?:warning|error)\s+IL[23]\d{3}\b")]
    private static partial Regex TrimDiagnostic();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kie.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Kie.Sdk.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The dotnet the test run itself uses (set by the CLI for its children), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs a process to its end or the timeout, with stdout and stderr interleaved as they came.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild-launched process; its MSBuild variables must not steer the child build.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output)
            {
                Assert.Fail($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish within {timeout}:{Environment.NewLine}{output}");
            }
        }

        lock (output)
        {
            output.AppendLine($"({Path.GetFileName(fileName)} finished in {watch.Elapsed.TotalSeconds:0.0} s)");
            return (process.ExitCode, output.ToString());
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrimmedPublishCollection
{
    /// <summary>
    /// The trimmed publish runs alone: on a small machine a minute of compiling and trimming beside the timing-sensitive
    /// tests would slow them into failures, and would make the publish's own duration unpredictable.
    /// </summary>
    public const string Name = "Trimmed publish";
}
