namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>The bot's own settings (configuration section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>The SQLite file (or connection string); default <c>data/bot.db</c> (git ignores <c>data/</c>).</summary>
    public string Database { get; set; } = Path.Combine("data", "bot.db");

    /// <summary>Telegram user ids allowed to run admin commands.</summary>
    public IList<long> Admins { get; } = [];

    /// <summary>
    /// Money given to each new user once, in major units of the pricing currency; 0 (the default) is off. It is bonus
    /// money: spent before paid money, booked as a promotion rather than revenue when spent, and it expires after
    /// <c>Bot:Bonuses:WelcomeExpiryDays</c>.
    /// </summary>
    public decimal WelcomeBonus { get; set; }

    /// <summary>
    /// Demo mode: KIE is the offline simulator, every screen says so and no real credits are spent. Set by the host when
    /// no <c>Kie:ApiKey</c> is configured.
    /// </summary>
    public bool DemoMode { get; set; }

    /// <summary>In demo mode, the pretend money a new user starts with (major units), so the whole flow can be tried.</summary>
    public decimal DemoStartingBalance { get; set; } = 500m;

    /// <summary>The shortest time between two edits of one progress message (Telegram punishes rapid edits).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many orders are generated at once.</summary>
    public int OrderConcurrency { get; set; } = 1_000;

    /// <summary>How results are delivered: Telegram's size limits and the outbox's retries (section <c>Bot:Delivery</c>).</summary>
    public Kie.Samples.TelegramBot.Delivery.DeliveryOptions Delivery { get; set; } = new();

    /// <summary>Whether <paramref name="userId"/> is an admin.</summary>
    /// <param name="userId">The Telegram user id.</param>
    /// <returns>True for admins.</returns>
    public bool IsAdmin(long userId) => Admins.Contains(userId);
}
