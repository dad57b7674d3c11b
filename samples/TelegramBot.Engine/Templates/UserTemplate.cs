namespace Kie.Samples.TelegramBot.Templates;

/// <summary>A template a user saved from one of their generations.</summary>
/// <param name="Id">Its short id (8 characters, used in callback data).</param>
/// <param name="UserId">Its owner.</param>
/// <param name="Name">Its name.</param>
/// <param name="ModelId">The catalog model id.</param>
/// <param name="ModeId">The mode id.</param>
/// <param name="InputJson">The parameters, as stored with the order it came from.</param>
/// <param name="CreatedAt">When it was saved.</param>
internal sealed record UserTemplate(string Id, long UserId, string Name, string ModelId, string ModeId, string InputJson, DateTimeOffset CreatedAt);

/// <summary>How saving a template went.</summary>
internal enum SaveTemplateOutcome
{
    /// <summary>Saved.</summary>
    Saved,

    /// <summary>The user already has a template with this name.</summary>
    Duplicate,

    /// <summary>The user has as many templates as allowed.</summary>
    TooMany,
}
