using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Conversation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>Registers the analytics feature's services.</summary>
public static class AnalyticsRegistration
{
    /// <summary>
    /// Adds analytics: the report builder, <c>/stats</c> and <c>/stats_csv</c> for admins, the daily report and the KIE
    /// credit monitor (background services). Settings come from <c>Bot:Reports</c> and are validated here, so a bad value
    /// stops the bot at start-up with the key named.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The bot's configuration.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBotAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReportsOptions.FromConfiguration(configuration));
        services.AddSingleton<AnalyticsStore>();
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<AdminNotices>();
        services.AddSingleton<DailyReport>();
        services.AddSingleton<DailyReportService>();
        services.AddSingleton<CreditMonitor>();
        services.AddSingleton<IBotFeature, StatsFeature>();
        services.AddHostedService(provider => provider.GetRequiredService<DailyReportService>());
        services.AddHostedService(provider => provider.GetRequiredService<CreditMonitor>());
        services.AddSingleton(new AdminCommandInfo("/stats [days]", "generations, success, times, money and feedback of the last days, with a chart", "генерации, успешность, время, деньги и отзывы за последние дни, с графиком"));
        services.AddSingleton(new AdminCommandInfo("/stats_csv [days]", "the same per day × model × mode as a CSV file", "то же по дням × моделям × режимам в файле CSV"));
        return services;
    }
}
