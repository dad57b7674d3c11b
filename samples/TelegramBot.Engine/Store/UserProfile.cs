using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Store;

/// <summary>A user as the bot stores them.</summary>
/// <param name="Id">The Telegram user id.</param>
/// <param name="ChatId">The private chat with the bot.</param>
/// <param name="FirstName">The display name, when known.</param>
/// <param name="Username">The @username, when set.</param>
/// <param name="Language">The language the bot speaks to them.</param>
/// <param name="CreatedAt">When they first wrote.</param>
/// <param name="IsNew">True only on the call that created the row.</param>
public sealed record UserProfile(long Id, long ChatId, string? FirstName, string? Username, BotLanguage Language, DateTimeOffset CreatedAt, bool IsNew);
