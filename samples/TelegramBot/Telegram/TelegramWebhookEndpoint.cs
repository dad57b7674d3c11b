using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// The webhook endpoint Telegram posts updates to. It checks <c>X-Telegram-Bot-Api-Secret-Token</c> in fixed time and
/// answers 401 when it is missing or wrong, 400 for a body that is not an update, 503 while the bot is stopping (Telegram
/// keeps the update and sends it again), and otherwise 200 at once: the update is queued on the
/// <see cref="TelegramUpdateRouter"/>, because a slow answer makes Telegram resend it. Redelivered updates are ignored by
/// the engine (by update id). It refuses to be mapped without a secret (fail closed).
/// </summary>
public static class TelegramWebhookEndpoint
{
    /// <summary>The header Telegram echoes the webhook secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // Updates are a few kilobytes; anything far bigger is not Telegram.
    private const long MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// Maps <c>POST</c> at the path of <c>Telegram:WebhookUrl</c> (or <paramref name="path"/>), so the URL Telegram is
    /// given and the route agree.
    /// </summary>
    /// <param name="endpoints">The application (after <c>AddTelegramAdapter</c>).</param>
    /// <param name="path">The route; default: the path of <c>Telegram:WebhookUrl</c>.</param>
    /// <returns>The endpoint's builder.</returns>
    /// <exception cref="InvalidOperationException">No valid <c>Telegram:WebhookSecret</c>, or no path to map.</exception>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!TelegramOptionsValidator.IsValidSecret(options.WebhookSecret))
        {
            throw new InvalidOperationException("Refusing to map the Telegram webhook: Telegram:WebhookSecret must be set (1-256 characters of A-Z, a-z, 0-9, _ and -) so forged updates can be told apart.");
        }

        var route = path ?? (options.UsesWebhook ? new Uri(options.WebhookUrl!.Trim()).AbsolutePath : null)
            ?? throw new InvalidOperationException("Telegram:WebhookUrl is empty: there is no webhook path to map.");
        var secret = Encoding.UTF8.GetBytes(options.WebhookSecret);
        return endpoints.MapPost(route, (HttpContext context, TelegramUpdateRouter router) => ReceiveAsync(context, router, secret))
            .WithName("TelegramWebhook");
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, TelegramUpdateRouter router, byte[] secret)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader], secret))
        {
            // Not Forbid(): with no authentication scheme configured it throws, and Telegram would see a 500.
            return Results.Unauthorized();
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        return router.Dispatch(update) == TelegramDispatch.Stopping
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Ok();
    }

    private static bool SecretMatches(Microsoft.Extensions.Primitives.StringValues header, byte[] secret)
    {
        if (header.Count != 1 || header[0] is not { } value)
        {
            return false;
        }

        // Fixed time in the content, so the response time does not reveal how much of a guess was right.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value), secret);
    }
}
