namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// The archive step (configuration section <c>Bot:Archive</c>): copies every result file to the bot's own storage before
/// KIE's links expire — a local folder by default, an S3-compatible bucket when <see cref="S3"/> is configured.
/// </summary>
public sealed class ArchiveOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot:Archive";

    /// <summary>Whether results are copied (default true). Off, copies made earlier can still be read.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The local folder; empty for <c>archive</c> next to the database (<c>data/archive</c> by default).</summary>
    public string? Folder { get; set; }

    /// <summary>The S3-compatible storage; used instead of the folder when its ServiceUrl or Bucket is set.</summary>
    public S3ArchiveOptions S3 { get; set; } = new();

    /// <summary>How many files are copied at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How many failed attempts a file gets before it is recorded as failed and left alone.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after a file's first failure; it doubles with each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts at one file.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How often the database is also checked on a timer; empty (the default) for no timer. The worker always checks at
    /// start-up, after every capture (a delivered order's results) and when a retry is due, which finds every stored result
    /// in time; a timer only adds results of orders that ended without a capture, which the next capture or start finds too.
    /// </summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>
    /// While orders are being generated, new copies wait for a quiet moment (so a burst of orders gets the CPU), but never
    /// longer than this after the result was stored; zero copies at once. KIE keeps results for days (its links may
    /// expire after 24 h), so ten minutes (the default) costs nothing.
    /// </summary>
    public TimeSpan MaxDeferral { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest file copied (larger ones are recorded as failed); default 2 GB.</summary>
    public long MaxFileBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Whether the S3 storage is configured (ServiceUrl or Bucket set).</summary>
    public bool UsesS3 => !string.IsNullOrWhiteSpace(S3.ServiceUrl) || !string.IsNullOrWhiteSpace(S3.Bucket);

    /// <summary>What is wrong with the settings, each problem naming its configuration key.</summary>
    /// <returns>The problems; empty when the settings are usable.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Concurrency < 1)
        {
            problems.Add($"{SectionName}:Concurrency must be at least 1.");
        }

        if (MaxAttempts < 1)
        {
            problems.Add($"{SectionName}:MaxAttempts must be at least 1.");
        }

        if (FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay)
        {
            problems.Add($"{SectionName}:FirstRetryDelay must be positive and {SectionName}:MaxRetryDelay at least as long.");
        }

        if (PollInterval is { } poll && poll <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:PollInterval must be positive.");
        }

        if (MaxDeferral < TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:MaxDeferral cannot be negative.");
        }

        if (MaxFileBytes < 1)
        {
            problems.Add($"{SectionName}:MaxFileBytes must be positive.");
        }

        if (UsesS3)
        {
            problems.AddRange(S3.Validate($"{SectionName}:S3"));
        }

        return problems;
    }
}
