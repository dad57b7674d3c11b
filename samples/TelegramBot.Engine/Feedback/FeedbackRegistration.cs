using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>Registers the feedback feature's services.</summary>
public static class FeedbackRegistration
{
    /// <summary>Adds the feedback feature (its stores, its features and background services).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (the feature binds its own section).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotFeedback(this IServiceCollection services, IConfiguration configuration) => services;
}
