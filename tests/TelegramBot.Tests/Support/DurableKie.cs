using Kie.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Support;

/// <summary>
/// One KIE simulator that outlives <see cref="BotHarness.RestartAsync"/>, as the real KIE outlives the bot: tasks created
/// before a restart can be waited for after it. Pass <see cref="Register"/> as (part of) the harness's service setup.
/// </summary>
internal sealed class DurableKie : IDisposable
{
    private KieSimulator? _simulator;

    /// <summary>The shared simulator (created by the first engine).</summary>
    public KieSimulator Simulator => _simulator ?? throw new InvalidOperationException("No engine was built yet.");

    /// <summary>Makes the engine use the shared simulator (an instance registration, which the container never disposes).</summary>
    public void Register(IServiceCollection services)
    {
        var clock = services.Last(descriptor => descriptor.ServiceType == typeof(TimeProvider) && descriptor.ImplementationInstance is TimeProvider).ImplementationInstance!;
        _simulator ??= new KieSimulator(new KieSimulatorOptions { TimeProvider = (TimeProvider)clock, InitialCredits = 1_000_000m });
        services.AddSingleton(_simulator);
    }

    /// <inheritdoc />
    public void Dispose() => _simulator?.Dispose();
}
