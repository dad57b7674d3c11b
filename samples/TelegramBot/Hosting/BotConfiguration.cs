using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// Reads the configuration the way the .NET hosts do (appsettings.json, appsettings.{Environment}.json, environment
/// variables, command line; later wins), before any host exists: the mode decides which host to build.
/// </summary>
internal static class BotConfiguration
{
    /// <summary>Where appsettings.json lives: next to the program, so it is found whatever the working directory.</summary>
    public static string ContentRoot => AppContext.BaseDirectory;

    /// <summary>The environment name (<c>DOTNET_ENVIRONMENT</c>, else <c>ASPNETCORE_ENVIRONMENT</c>, else Production).</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet ? aspnet
        : "Production";

    /// <summary>Builds the configuration.</summary>
    /// <param name="args">The command line without the program's own switches.</param>
    /// <returns>The configuration.</returns>
    public static IConfigurationRoot Build(IReadOnlyList<string> args) =>
        new ConfigurationBuilder()
            .SetBasePath(ContentRoot)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{EnvironmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.ToArray())
            .Build();
}
