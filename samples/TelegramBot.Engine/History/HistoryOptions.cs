using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.History;

/// <summary>History and templates settings (section <c>Bot:History</c>).</summary>
public sealed class HistoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot:History";

    /// <summary>Generations per history page (1–10).</summary>
    public int PageSize { get; set; } = 5;

    /// <summary>The most templates one user may save (1–100).</summary>
    public int MaxTemplatesPerUser { get; set; } = 20;

    /// <summary>Reads the section and checks it.</summary>
    /// <param name="configuration">The bot's configuration.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">A value is out of range (the message names the key).</exception>
    public static HistoryOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new HistoryOptions();
        configuration.GetSection(SectionName).Bind(options);
        if (options.PageSize is < 1 or > 10)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(PageSize)} must be between 1 and 10 (it is {options.PageSize}).");
        }

        if (options.MaxTemplatesPerUser is < 1 or > 100)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxTemplatesPerUser)} must be between 1 and 100 (it is {options.MaxTemplatesPerUser}).");
        }

        return options;
    }
}
