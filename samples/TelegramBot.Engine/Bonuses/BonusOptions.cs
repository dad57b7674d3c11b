using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>The bonuses feature's settings (section <c>Bot:Bonuses</c>); money in major units of the pricing currency.</summary>
public sealed class BonusOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot:Bonuses";

    /// <summary>The configuration key of the bot's public username (for referral links); optional.</summary>
    public const string UsernameKey = "Bot:Username";

    /// <summary>The models of the daily free allowance used when none are configured: the two cheapest image models.</summary>
    public static readonly IReadOnlyList<string> DefaultFreeModels = ["z-image", "gpt-image-2:text-to-image"];

    /// <summary>The daily free allowance.</summary>
    public DailyFreeOptions DailyFree { get; set; } = new();

    /// <summary>The referral bonuses.</summary>
    public ReferralOptions Referral { get; set; } = new();

    /// <summary>Days until the welcome bonus (<c>Bot:WelcomeBonus</c>) expires.</summary>
    public int WelcomeExpiryDays { get; set; } = 30;

    /// <summary>The bot's public username without @ (from <see cref="UsernameKey"/>); null shows <c>/start ref_…</c> instead of a link.</summary>
    public string? BotUsername { get; set; }

    /// <summary>What is wrong with these settings, each naming its key; empty when valid.</summary>
    /// <param name="catalog">The catalog the free models must exist in.</param>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate(ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        foreach (var entry in DailyFree.EffectiveModels)
        {
            var (modelId, modeId) = DailyFreeOptions.Split(entry);
            if (!catalog.TryGetModel(modelId, out var model))
            {
                problems.Add($"{SectionName}:DailyFree:Models: unknown model id '{modelId}'.");
            }
            else if (modeId is not null && !model.TryGetMode(modeId, out _))
            {
                problems.Add($"{SectionName}:DailyFree:Models: model '{modelId}' has no mode '{modeId}'.");
            }
        }

        if (DailyFree.Count < 0)
        {
            problems.Add($"{SectionName}:DailyFree:Count must be 0 or more (0 turns the allowance off).");
        }

        if (!DailyFreeOptions.TryFindZone(DailyFree.TimeZone, out _))
        {
            problems.Add($"{SectionName}:DailyFree:TimeZone: unknown time zone '{DailyFree.TimeZone}' (use an IANA id such as Europe/Moscow).");
        }

        if (Referral.InviterBonus < 0 || Referral.InviteeBonus < 0)
        {
            problems.Add($"{SectionName}:Referral:InviterBonus and InviteeBonus must not be negative.");
        }

        if (Referral.ExpiryDays <= 0)
        {
            problems.Add($"{SectionName}:Referral:ExpiryDays must be positive.");
        }

        if (WelcomeExpiryDays <= 0)
        {
            problems.Add($"{SectionName}:WelcomeExpiryDays must be positive.");
        }

        if (BotUsername is { Length: > 0 } name && !name.TrimStart('@').All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            problems.Add($"{UsernameKey}: '{name}' is not a Telegram username.");
        }

        return problems;
    }
}

/// <summary>The daily free allowance on cheap models.</summary>
public sealed class DailyFreeOptions
{
    /// <summary>Catalog model ids (any mode) or <c>model:mode</c>; null uses <see cref="BonusOptions.DefaultFreeModels"/>.</summary>
    public IList<string>? Models { get; set; }

    /// <summary>Free generations per user per local day; 0 turns the allowance off.</summary>
    public int Count { get; set; } = 3;

    /// <summary>The IANA time zone whose midnight starts a new day.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The configured models, or the defaults.</summary>
    public IReadOnlyList<string> EffectiveModels => Models is { Count: > 0 } models ? models.ToArray() : BonusOptions.DefaultFreeModels;

    /// <summary>Splits <c>model:mode</c>.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The model id and the mode id (null for any mode).</returns>
    public static (string ModelId, string? ModeId) Split(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (entry.Trim(), null) : (entry[..colon].Trim(), entry[(colon + 1)..].Trim());
    }

    /// <summary>Finds a time zone by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>False when unknown.</returns>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}

/// <summary>The referral bonuses, credited once when the invited user's first paid generation is captured.</summary>
public sealed class ReferralOptions
{
    /// <summary>The inviter's bonus; 0 gives none.</summary>
    public decimal InviterBonus { get; set; } = 50m;

    /// <summary>The invited user's bonus; 0 gives none.</summary>
    public decimal InviteeBonus { get; set; } = 50m;

    /// <summary>Days until a referral bonus expires.</summary>
    public int ExpiryDays { get; set; } = 30;
}
