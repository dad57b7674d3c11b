namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>Catalog sync settings (configuration section <c>Bot:CatalogSync</c>).</summary>
public sealed class CatalogSyncOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot:CatalogSync";

    /// <summary>The interval used when <see cref="Interval"/> is not set and the bot is live (or has a <see cref="Source"/>).</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(24);

    /// <summary>
    /// How often the scheduled sync runs; <see cref="TimeSpan.Zero"/> turns it off. Unset: 24 hours, except in demo mode
    /// without a <see cref="Source"/>, where the "remote" catalog is a bundled constant and a scheduled run could only
    /// repeat what <c>/sync</c> shows (set it to schedule there too). Never scheduled when <c>Bot:Admins</c> is empty.
    /// </summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>The interval in force.</summary>
    /// <param name="demoMode">Whether the bot runs in demo mode.</param>
    /// <returns>The interval; zero when off.</returns>
    public TimeSpan EffectiveInterval(bool demoMode) =>
        Interval ?? (demoMode && string.IsNullOrWhiteSpace(Source) ? TimeSpan.Zero : DefaultInterval);

    /// <summary>
    /// A JSON file in the shape of KIE's model listing to compare with, instead of KIE's model endpoints (or, in demo
    /// mode, the bundled demo listing). Read again at every sync.
    /// </summary>
    public string? Source { get; set; }

    /// <summary>The problems of these settings, each naming its configuration key.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Interval < TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:Interval must be zero (off) or positive, not {Interval}.");
        }

        if (!string.IsNullOrWhiteSpace(Source) && !File.Exists(Source))
        {
            problems.Add($"{SectionName}:Source names a file that does not exist: '{Source}'.");
        }

        return problems;
    }
}
