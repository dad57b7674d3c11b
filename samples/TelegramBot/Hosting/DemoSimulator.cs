using Kie.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// The hidden <c>Demo:FastSimulator=true</c> switch: in demo mode the simulator then finishes every task the moment it
/// is created, instead of the default realistic delays (seconds for images, a minute for video). Meant for automated
/// runs of the real program (the console-mode process test) and for a quick look; has no effect with a KIE API key.
/// </summary>
internal static class DemoSimulator
{
    /// <summary>Applies the switch to a built host's simulator, if there is one.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The configuration.</param>
    public static void Configure(IServiceProvider services, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>(BotConfigurationKeys.FastSimulator) || services.GetService<KieSimulator>() is not { } simulator)
        {
            return;
        }

        // The simulator reads these settings per task, so changing them before the first task is enough.
        simulator.Options.ImageTimings = KieSimulatorTimings.Instant;
        simulator.Options.VideoTimings = KieSimulatorTimings.Instant;
        simulator.Options.AudioTimings = KieSimulatorTimings.Instant;
    }
}
