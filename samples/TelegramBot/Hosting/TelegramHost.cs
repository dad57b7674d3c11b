using Kie.Samples.TelegramBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>
/// Builds the Telegram modes: long polling on the Generic Host; ASP.NET Core (Kestrel) when HTTP must be served — the
/// webhook, or KIE's task callbacks while polling.
/// </summary>
internal static class TelegramHost
{
    /// <summary>Builds the host.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="mode">The chosen mode (polling or webhook).</param>
    /// <returns>The host, not started.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The Telegram settings are invalid (the message names the keys).</exception>
    public static IHost Build(BotArguments arguments, BotMode mode)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(mode);
        if (!mode.ServesHttp)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = arguments.ConfigurationArgs.ToArray(),
                ContentRootPath = BotConfiguration.ContentRoot,
                EnvironmentName = BotConfiguration.EnvironmentName,
            });
            AddServices(builder.Services, builder.Configuration);
            BotLogging.ForTelegramMode(builder.Logging);
            var host = builder.Build();
            DemoSimulator.Configure(host.Services, builder.Configuration);
            return host;
        }

        var web = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = arguments.ConfigurationArgs.ToArray(),
            ContentRootPath = BotConfiguration.ContentRoot,
            EnvironmentName = BotConfiguration.EnvironmentName,
        });
        AddServices(web.Services, web.Configuration);
        BotLogging.ForTelegramMode(web.Logging);
        var app = web.Build();
        DemoSimulator.Configure(app.Services, web.Configuration);
        if (mode.Source == UpdateSource.Webhook)
        {
            app.MapTelegramWebhook();
        }

        if (mode.KieCallbackUrl is not null)
        {
            app.MapKieCallbacks();
        }

        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelegramAdapter(configuration);
        services.AddBotEngine(configuration, provider => provider.GetRequiredService<TelegramChatGateway>());
    }
}
