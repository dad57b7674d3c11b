using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>
/// Telegram Stars top-ups (configuration section <c>Stars</c>): the rate, the packs and the invoice lifetime. Read with
/// <see cref="FromConfiguration"/>, which refuses a bad value with a message naming its key.
/// </summary>
/// <example>
/// <code>
/// "Stars": {
///   "MoneyPerStar": 1.2,
///   "Packs": [ { "Stars": 100 }, { "Stars": 500, "BonusPercent": 10 } ]
/// }
/// </code>
/// </example>
public sealed class StarsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Stars";

    /// <summary>Telegram's largest price of one Stars invoice.</summary>
    public const long MaxStarsPerInvoice = 10_000;

    /// <summary>
    /// How much money one Star buys, in major units of the pricing currency (<c>Pricing:Currency</c>) before any pack
    /// bonus: a 100 ⭐ pack at 1.2 credits 120 ₽ with RUB pricing. Default 1 (close to what a developer earns per Star in
    /// roubles; set it for any other currency, for example 0.013 for USD). Key <c>Stars:MoneyPerStar</c>.
    /// </summary>
    public decimal MoneyPerStar { get; init; } = 1m;

    /// <summary>
    /// The packs, smallest first (keys <c>Stars:Packs:N:Stars</c> and <c>Stars:Packs:N:BonusPercent</c>). Configured packs
    /// replace the defaults: 50, 100 (+5 %), 250 (+10 %), 500 (+15 %), 1000 (+20 %).
    /// </summary>
    public IReadOnlyList<StarsPack> Packs { get; init; } = DefaultPacks;

    /// <summary>How long an invoice can be paid (key <c>Stars:InvoiceLifetime</c>, default one day).</summary>
    public TimeSpan InvoiceLifetime { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Whether top-ups are offered in demo mode (key <c>Stars:AllowInDemoMode</c>, default false). Off, because in demo
    /// mode real Stars would buy pretend generations; turn it on to try payments on Telegram's test server.
    /// </summary>
    public bool AllowInDemoMode { get; init; }

    /// <summary>Where users get help with payments, shown by <c>/paysupport</c> and <c>/privacy</c>: a @username, an e-mail or a link (key <c>Stars:SupportContact</c>).</summary>
    public string? SupportContact { get; init; }

    /// <summary>The packs used when none are configured.</summary>
    public static IReadOnlyList<StarsPack> DefaultPacks { get; } =
    [
        new(50, 0m),
        new(100, 5m),
        new(250, 10m),
        new(500, 15m),
        new(1000, 20m),
    ];

    /// <summary>The pack priced at <paramref name="stars"/>, or null when none is offered.</summary>
    /// <param name="stars">The pack's price in Stars.</param>
    /// <returns>The pack or null.</returns>
    public StarsPack? FindPack(long stars) => Packs.FirstOrDefault(pack => pack.Stars == stars);

    /// <summary>Reads and checks the <c>Stars</c> section; missing keys keep their defaults.</summary>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">A value is invalid; the message names every bad key.</exception>
    public static StarsOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var problems = new List<string>();
        var defaults = new StarsOptions();

        var rate = ReadDecimal(section, "MoneyPerStar", problems) ?? defaults.MoneyPerStar;
        if (rate <= 0)
        {
            problems.Add($"{Key("MoneyPerStar")} must be greater than 0 (the money of Pricing:Currency one Star buys), got {rate.ToString(CultureInfo.InvariantCulture)}.");
        }

        var lifetime = defaults.InvoiceLifetime;
        if (section["InvoiceLifetime"] is { Length: > 0 } lifetimeText)
        {
            if (!TimeSpan.TryParse(lifetimeText, CultureInfo.InvariantCulture, out lifetime) || lifetime < TimeSpan.FromMinutes(1) || lifetime > TimeSpan.FromDays(30))
            {
                problems.Add($"{Key("InvoiceLifetime")} must be a time span from 00:01:00 to 30.00:00:00, got '{lifetimeText}'.");
            }
        }

        var allowInDemo = false;
        if (section["AllowInDemoMode"] is { Length: > 0 } allowText && !bool.TryParse(allowText, out allowInDemo))
        {
            problems.Add($"{Key("AllowInDemoMode")} must be true or false, got '{allowText}'.");
        }

        var packs = ReadPacks(section.GetSection("Packs"), problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Stars configuration is invalid: " + string.Join(" ", problems));
        }

        return new StarsOptions
        {
            MoneyPerStar = rate,
            Packs = packs ?? DefaultPacks,
            InvoiceLifetime = lifetime,
            AllowInDemoMode = allowInDemo,
            SupportContact = string.IsNullOrWhiteSpace(section["SupportContact"]) ? null : section["SupportContact"]!.Trim(),
        };
    }

    private static List<StarsPack>? ReadPacks(IConfigurationSection section, List<string> problems)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return null;
        }

        var packs = new List<StarsPack>();
        foreach (var child in children)
        {
            var prefix = $"Packs:{child.Key}:";
            var starsText = child["Stars"];
            if (!long.TryParse(starsText, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) || stars < 1 || stars > MaxStarsPerInvoice)
            {
                problems.Add($"{Key(prefix + "Stars")} must be a whole number from 1 to {MaxStarsPerInvoice}, got '{starsText}'.");
                continue;
            }

            var bonus = ReadDecimal(child, "BonusPercent", problems, prefix) ?? 0m;
            if (bonus < 0 || bonus > 100)
            {
                problems.Add($"{Key(prefix + "BonusPercent")} must be from 0 to 100, got {bonus.ToString(CultureInfo.InvariantCulture)}.");
                continue;
            }

            if (packs.Any(pack => pack.Stars == stars))
            {
                problems.Add($"{Key(prefix + "Stars")} repeats another pack's price ({stars}); each pack needs its own.");
                continue;
            }

            packs.Add(new StarsPack(stars, bonus));
        }

        packs.Sort((left, right) => left.Stars.CompareTo(right.Stars));
        return packs;
    }

    private static decimal? ReadDecimal(IConfiguration section, string name, List<string> problems, string prefix = "")
    {
        var text = section[name];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // No thousands separators: "1,5" must not quietly become 15.
        const NumberStyles Plain = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add($"{Key(prefix + name)} must be a number with a decimal point, got '{text}'.");
        return null;
    }

    private static string Key(string name) => SectionName + ":" + name;
}
