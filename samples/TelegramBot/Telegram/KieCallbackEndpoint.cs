using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Telegram;

/// <summary>
/// The endpoint KIE posts task callbacks to. It reads the raw body and the signature headers
/// (<c>X-Webhook-Timestamp</c>, <c>X-Webhook-Signature</c>) and leaves the judgement to the engine's
/// <see cref="KieCallbackReceiver"/>: 401 for a bad or missing signature while <c>Kie:CallbackSecret</c> is set, 400 for
/// a body that is not a callback, 200 otherwise (also for tasks no order waits for, so KIE stops resending).
/// </summary>
public static class KieCallbackEndpoint
{
    /// <summary>The route used when <c>Kie:CallbackUrl</c> is not set.</summary>
    public const string DefaultPath = "/kie/callback";

    // A callback is a status record with a few result URLs; far bigger bodies are not KIE's.
    private const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps <c>POST</c> at the path of <c>Kie:CallbackUrl</c> (or <paramref name="path"/>, else <see cref="DefaultPath"/>).</summary>
    /// <param name="endpoints">The application (after <c>AddBotEngine</c>).</param>
    /// <param name="path">The route; default: the path of <c>Kie:CallbackUrl</c>.</param>
    /// <returns>The endpoint's builder.</returns>
    public static IEndpointConventionBuilder MapKieCallbacks(this IEndpointRouteBuilder endpoints, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var settings = endpoints.ServiceProvider.GetRequiredService<KieCallbackSettings>();
        var route = path ?? (settings.CallbackUrl is { AbsolutePath: { Length: > 1 } configured } ? configured : DefaultPath);
        return endpoints.MapPost(route, (HttpContext context, KieCallbackReceiver receiver) => ReceiveAsync(context, receiver))
            .WithName("KieCallback");
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, KieCallbackReceiver receiver)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        if (body.Length > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var outcome = await receiver.HandleAsync(
            body.GetBuffer().AsMemory(0, (int)body.Length),
            Header(context, KieCallback.TimestampHeader),
            Header(context, KieCallback.SignatureHeader),
            context.RequestAborted).ConfigureAwait(false);
        return Results.StatusCode(outcome.StatusCode);
    }

    private static string? Header(HttpContext context, string name) =>
        context.Request.Headers[name] is { Count: 1 } values && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
