using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>Settings of the reports, the daily report and the KIE credit watch (configuration section <c>Bot:Reports</c>).</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot:Reports";

    /// <summary>Whether the daily report is sent to the admins (<c>Bot:Reports:DailyReport</c>, default true).</summary>
    public bool DailyReport { get; set; } = true;

    /// <summary>
    /// Whether the KIE credit balance is watched (<c>Bot:Reports:CreditMonitor</c>, default true): readings for the
    /// reconciliation and the low-credit alert. Either way nothing runs without admins (nobody would read the result).
    /// </summary>
    public bool CreditMonitor { get; set; } = true;

    /// <summary>The local time of day the daily report goes out (<c>Bot:Reports:DailyAt</c>, default <c>09:00</c>).</summary>
    public TimeSpan DailyAt { get; set; } = TimeSpan.FromHours(9);

    /// <summary>The IANA time zone the days of reports are cut in (<c>Bot:Reports:TimeZone</c>, default <c>UTC</c>).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Below this many KIE credits the admins are alerted, once per crossing (<c>Bot:Reports:LowCreditThreshold</c>,
    /// default 100; 0 turns the alert off, the readings are still stored for the reconciliation).
    /// </summary>
    public decimal LowCreditThreshold { get; set; } = 100m;

    /// <summary>How often the KIE credit balance is read (<c>Bot:Reports:CreditCheckInterval</c>, default 15 minutes, at least 1 minute).</summary>
    public TimeSpan CreditCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How many KIE credits of a day's spend may be unexplained by our tasks before the daily report flags it
    /// (<c>Bot:Reports:ReconciliationTolerance</c>, default 1).
    /// </summary>
    public decimal ReconciliationTolerance { get; set; } = 1m;

    /// <summary>The resolved time zone (after <see cref="FromConfiguration"/>).</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Binds and validates the section; a bad value fails start-up with the key named.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">A setting is invalid.</exception>
    public static ReportsOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ReportsOptions();
        var section = configuration.GetSection(SectionName);
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException error)
        {
            throw new InvalidOperationException($"{SectionName} is invalid: {error.InnerException?.Message ?? error.Message}", error);
        }

        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Reports configuration is invalid: " + string.Join("; ", problems));
        }

        return options;
    }

    /// <summary>Checks the settings and resolves the time zone.</summary>
    /// <returns>The problems, each naming its key; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DailyAt < TimeSpan.Zero || DailyAt >= TimeSpan.FromDays(1))
        {
            problems.Add($"{SectionName}:DailyAt must be a time of day between 00:00 and 23:59 (got {DailyAt.ToString("c", CultureInfo.InvariantCulture)})");
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone))
        {
            Zone = zone;
        }
        else
        {
            problems.Add($"{SectionName}:TimeZone '{TimeZone}' is not a known time zone id (use an IANA id such as Europe/Moscow)");
        }

        if (LowCreditThreshold < 0)
        {
            problems.Add($"{SectionName}:LowCreditThreshold must be 0 (off) or more");
        }

        if (CreditCheckInterval < TimeSpan.FromMinutes(1))
        {
            problems.Add($"{SectionName}:CreditCheckInterval must be at least 00:01:00");
        }

        if (ReconciliationTolerance < 0)
        {
            problems.Add($"{SectionName}:ReconciliationTolerance must be 0 or more");
        }

        return problems;
    }
}
