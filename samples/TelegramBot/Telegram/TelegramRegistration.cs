using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>Wires the Telegram adapter into a host.</summary>
public static class TelegramRegistration
{
    /// <summary>The name of the HTTP client the Bot API client uses.</summary>
    public const string HttpClientName = "Telegram.Bot";

    /// <summary>The HTTP timeout: longer than the longest long poll (50 s), long enough for a 50 MB upload.</summary>
    public static readonly TimeSpan HttpTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Adds the Telegram adapter: validated <see cref="TelegramOptions"/> (section <c>Telegram</c>; invalid settings throw
    /// <see cref="OptionsValidationException"/> at once, naming the keys), the <see cref="ITelegramBotClient"/>, the
    /// <see cref="TelegramChatGateway"/> (give it to <c>AddBotEngine</c>), the <see cref="TelegramUpdateRouter"/>, and
    /// the update source chosen by the configuration: <see cref="TelegramWebhookService"/> when
    /// <c>Telegram:WebhookUrl</c> is set (then map the endpoint with <c>MapTelegramWebhook</c>), else
    /// <see cref="TelegramPollingService"/>.
    /// </summary>
    /// <remarks>
    /// The HTTP client logs nothing (every Bot API URL contains the token) and has no resilience handler: retrying a
    /// POST such as sendInvoice or sendMessage could deliver it twice. Telegram.Bot's own 429 handling (waits of up to
    /// 60 s, 3 tries) and the engine's outbox are the retry policy.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="OptionsValidationException">The Telegram settings are invalid.</exception>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.SectionName);
        var options = section.Get<TelegramOptions>() ?? new TelegramOptions();
        var validator = new TelegramOptionsValidator();
        var validation = validator.Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TelegramOptions), validation.Failures);
        }

        services.AddOptions<TelegramOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>>(validator);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient(client => client.Timeout = HttpTimeout)
            // The Bot API client is a singleton holding its HttpClient, so the pooled handler never rotates; let the
            // connection pool refresh connections (DNS changes) instead.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(3) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var current = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var baseUrl = string.IsNullOrWhiteSpace(current.ApiBaseUrl) ? null : current.ApiBaseUrl.Trim();
            return new TelegramBotClient(new TelegramBotClientOptions(current.BotToken.Trim(), baseUrl), http);
        });

        services.AddSingleton<TelegramChatGateway>();
        services.AddSingleton<TelegramUpdateRouter>();
        if (options.UsesWebhook)
        {
            services.AddSingleton<TelegramWebhookService>();
            services.AddHostedService(provider => provider.GetRequiredService<TelegramWebhookService>());
        }
        else
        {
            services.AddSingleton<TelegramPollingService>();
            services.AddHostedService(provider => provider.GetRequiredService<TelegramPollingService>());
        }

        return services;
    }
}
