using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// Checks <see cref="TelegramOptions"/> at start-up. Every message names the configuration key to fix and never repeats
/// a secret's value. A webhook URL without a valid secret is refused: an unauthenticated webhook would let anyone post
/// forged updates (fake payments included).
/// </summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            problems.Add("Telegram:BotToken is required (the token from @BotFather).");
        }
        else if (!TokenShape().IsMatch(options.BotToken))
        {
            problems.Add("Telegram:BotToken does not look like a bot token from @BotFather (digits, a colon, then the secret part, such as 123456:ABC-DEF…).");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl) && !IsUrl(options.ApiBaseUrl, httpAllowed: true))
        {
            problems.Add("Telegram:ApiBaseUrl must be empty (the public Bot API) or an absolute http:// or https:// URL such as http://localhost:8081.");
        }

        if (options.UsesWebhook)
        {
            if (!IsUrl(options.WebhookUrl!, httpAllowed: false))
            {
                problems.Add("Telegram:WebhookUrl must be an absolute https:// URL (Telegram only posts to HTTPS), such as https://bot.example.com/telegram/webhook.");
            }

            if (string.IsNullOrEmpty(options.WebhookSecret))
            {
                problems.Add("Telegram:WebhookSecret is required when Telegram:WebhookUrl is set: 1-256 characters of A-Z, a-z, 0-9, _ and -. Without it anyone could post forged updates.");
            }
        }

        if (!string.IsNullOrEmpty(options.WebhookSecret) && !IsValidSecret(options.WebhookSecret))
        {
            problems.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).");
        }

        if (options.PollTimeout < TimeSpan.FromSeconds(1) || options.PollTimeout > TimeSpan.FromSeconds(50))
        {
            problems.Add("Telegram:PollTimeout must be between 00:00:01 and 00:00:50.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Whether a webhook secret follows Telegram's rule: 1–256 characters of A-Z, a-z, 0-9, _ and -.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidSecret([NotNullWhen(true)] string? secret) => secret is not null && SecretShape().IsMatch(secret);

    private static bool IsUrl(string text, bool httpAllowed) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || (httpAllowed && url.Scheme == Uri.UriSchemeHttp));

    [GeneratedRegex(@"^[0-9]{1,16}:[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretShape();
}
