using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// Applies the persisted overrides at start-up, before updates are handled (hosted services start in registration
/// order, and the catalog sync registers ahead of every adapter), so models enabled before a restart stay on sale.
/// </summary>
public sealed class CatalogStartup : IHostedService
{
    private readonly CatalogOverrides _overrides;

    /// <summary>Creates the service.</summary>
    /// <param name="overrides">Rebuilds the live catalog.</param>
    public CatalogStartup(CatalogOverrides overrides)
    {
        _overrides = overrides;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => _overrides.ApplyAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
