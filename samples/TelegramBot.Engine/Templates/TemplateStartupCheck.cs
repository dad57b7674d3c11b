using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>
/// Loads the built-in templates when the bot starts, so an invalid one stops start-up with a message naming it and the
/// problem instead of surfacing the first time someone opens <c>/templates</c>.
/// </summary>
internal sealed class TemplateStartupCheck : IHostedService
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the check.</summary>
    /// <param name="services">Resolves <see cref="BuiltInTemplates"/> (whose factory validates them).</param>
    public TemplateStartupCheck(IServiceProvider services)
    {
        _services = services;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _services.GetRequiredService<BuiltInTemplates>();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
