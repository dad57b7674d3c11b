using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>Registers the feedback feature's services.</summary>
public static class FeedbackRegistration
{
    /// <summary>
    /// Adds the feedback feature: the rating prompt queued with each capture (<see cref="IOrderCapturedObserver"/>), the
    /// store, and the feature that handles rating buttons, comments and <c>/feedback</c>. It has no settings.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration (unused: the feature has no settings).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<IOrderCapturedObserver, RatingPrompter>();
        services.AddSingleton<IBotFeature, FeedbackFeature>();
        return services;
    }
}
