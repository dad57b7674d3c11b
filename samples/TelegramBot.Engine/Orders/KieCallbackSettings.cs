using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// KIE callbacks as configured: <c>Kie:CallbackUrl</c> (where KIE posts a task's outcome; orders then wait for it and
/// poll only as a safety net) and <c>Kie:CallbackSecret</c> (the key KIE signs callbacks with; when set, unsigned or
/// badly signed callbacks are refused). A host that serves no callback endpoint registers its own instance without a URL.
/// </summary>
/// <param name="CallbackUrl">The public callback URL, or null when callbacks are off.</param>
/// <param name="Secret">The signing key, or null when callbacks are not signed.</param>
public sealed record KieCallbackSettings(Uri? CallbackUrl, string? Secret)
{
    /// <summary>Whether tasks are created with a callback URL.</summary>
    public bool Enabled => CallbackUrl is not null;

    /// <summary>Reads the settings from configuration (absent or blank values mean off).</summary>
    /// <param name="configuration">The configuration, or null.</param>
    /// <returns>The settings.</returns>
    public static KieCallbackSettings FromConfiguration(IConfiguration? configuration)
    {
        var url = configuration?["Kie:CallbackUrl"];
        var secret = configuration?["Kie:CallbackSecret"];
        return new KieCallbackSettings(
            Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp) ? parsed : null,
            string.IsNullOrWhiteSpace(secret) ? null : secret);
    }

    /// <inheritdoc />
    public override string ToString() => $"KieCallbackSettings {{ CallbackUrl = {CallbackUrl}, Secret = {(Secret is null ? "none" : "set")} }}";
}
