using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>Builds console mode: the Generic Host with the console adapter as the only update source.</summary>
internal static class ConsoleHost
{
    /// <summary>How long stopping may take before the host gives up on background work (it resumes at the next start).</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string?> ConsoleDefaults = new() { ["Stars:AllowInDemoMode"] = "true" };

    /// <summary>Builds the host.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <returns>The host, not started.</returns>
    public static IHost Build(BotArguments arguments, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = arguments.ConfigurationArgs.ToArray(),
            ContentRootPath = BotConfiguration.ContentRoot,
            EnvironmentName = BotConfiguration.EnvironmentName,
        });
        // Lowest precedence: any configured value wins. Console payments are simulated, so no real Star buys pretend
        // generations and top-ups can be tried in demo mode.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = ConsoleDefaults });
        BotLogging.ForConsoleMode(builder.Logging);
        builder.Services.Configure<ConsoleLifetimeOptions>(BotLogging.Quiet);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        // Console mode serves no HTTP, so KIE could not deliver callbacks: orders are created without a callback URL and
        // polled (the orders feature keeps this registration instead of reading Kie:CallbackUrl).
        builder.Services.AddSingleton(new KieCallbackSettings(CallbackUrl: null, Secret: null));
        var session = ConsoleSession.Create(arguments.Language, Environment.GetEnvironmentVariable);
        builder.Services.AddConsoleAdapter(builder.Configuration, session, input, output);
        var host = builder.Build();
        DemoSimulator.Configure(host.Services, builder.Configuration);
        return host;
    }
}
