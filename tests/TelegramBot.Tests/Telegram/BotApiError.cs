using System.Text.Json.Nodes;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>An error the fake Bot API answers with, shaped like Telegram's (<c>ok:false</c>, code, description, parameters).</summary>
/// <param name="Code">The HTTP status and <c>error_code</c>.</param>
/// <param name="Description">Telegram's description.</param>
/// <param name="RetryAfter">For 429, <c>parameters.retry_after</c> in seconds.</param>
public sealed record BotApiError(int Code, string Description, int? RetryAfter = null)
{
    /// <summary>429 with a wait longer than Telegram.Bot's auto-retry threshold (60 s), so it surfaces at once.</summary>
    /// <param name="retryAfter">The wait in seconds.</param>
    /// <returns>The error.</returns>
    public static BotApiError TooManyRequests(int retryAfter = 120) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    /// <summary>400 for an edit to identical content.</summary>
    public static BotApiError NotModified { get; } = new(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");

    /// <summary>403 for a user who blocked the bot.</summary>
    public static BotApiError Blocked { get; } = new(403, "Forbidden: bot was blocked by the user");

    /// <summary>409 for a second poller.</summary>
    public static BotApiError Conflict { get; } = new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    /// <summary>500 from Telegram's side.</summary>
    public static BotApiError ServerError { get; } = new(500, "Internal Server Error");

    /// <summary>400 for a refund of a refunded charge.</summary>
    public static BotApiError AlreadyRefunded { get; } = new(400, "Bad Request: CHARGE_ALREADY_REFUNDED");

    /// <summary>400 for a callback answered too late.</summary>
    public static BotApiError QueryTooOld { get; } = new(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");

    /// <summary>Any 400.</summary>
    /// <param name="description">The description after "Bad Request: ".</param>
    /// <returns>The error.</returns>
    public static BotApiError BadRequest(string description) => new(400, "Bad Request: " + description);

    /// <summary>The response body.</summary>
    /// <returns>The JSON.</returns>
    public string ToJson()
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = Code, ["description"] = Description };
        if (RetryAfter is { } wait)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = wait };
        }

        return body.ToJsonString();
    }
}
