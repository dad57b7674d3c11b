using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>Registers the archive feature's services.</summary>
public static class ArchiveRegistration
{
    /// <summary>
    /// Adds the archive: its options (section <c>Bot:Archive</c>, validated here so a bad setting stops the start with
    /// the key named), the stores (a local folder, or S3 when configured), the <see cref="IArchivedResults"/> reader
    /// and, when enabled, the worker that copies results and a capture observer that wakes it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="InvalidOperationException">The archive's settings are invalid.</exception>
    public static IServiceCollection AddBotArchive(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ArchiveOptions();
        configuration.GetSection(ArchiveOptions.SectionName).Bind(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Archive configuration is invalid: " + string.Join(" ", problems));
        }

        services.AddSingleton(options);
        services.AddSingleton(provider => new ArchiveStores(options, provider.GetRequiredService<BotOptions>()));
        services.AddSingleton<ArchiveSignal>();
        services.AddSingleton<ArchiveRecords>();
        services.AddSingleton<ResultArchiver>();
        services.AddSingleton<IArchivedResults, ArchivedResults>();
        if (options.Enabled)
        {
            services.AddSingleton<IOrderCapturedObserver, ArchiveWakeOnCapture>();
            services.AddHostedService<ArchiveWorker>();
        }

        return services;
    }
}
