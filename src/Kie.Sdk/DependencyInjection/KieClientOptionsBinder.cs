using System.Globalization;
using Kie.Sdk;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds <see cref="KieClientOptions"/> from configuration by hand: AOT-safe without the reflection binder, and a
/// value that cannot be read is reported with its key instead of an opaque binder error.
/// </summary>
internal static class KieClientOptionsBinder
{
    public static void Bind(IConfiguration section, KieClientOptions options)
    {
        options.ApiKey = section[nameof(options.ApiKey)] ?? options.ApiKey;
        options.BaseUrl = ReadUri(section, nameof(options.BaseUrl)) ?? options.BaseUrl;
        options.UploadBaseUrl = ReadUri(section, nameof(options.UploadBaseUrl)) ?? options.UploadBaseUrl;
        options.DefaultCallbackUrl = ReadUri(section, nameof(options.DefaultCallbackUrl)) ?? ReadUri(section, "CallbackUrl") ?? options.DefaultCallbackUrl;
        options.AttemptTimeout = ReadTimeSpan(section, nameof(options.AttemptTimeout)) ?? options.AttemptTimeout;
        options.UploadTimeout = ReadTimeSpan(section, nameof(options.UploadTimeout)) ?? options.UploadTimeout;
        options.CreateRateLimitWindow = ReadTimeSpan(section, nameof(options.CreateRateLimitWindow)) ?? options.CreateRateLimitWindow;
        options.CreateRateLimit = (int?)ReadInteger(section, nameof(options.CreateRateLimit)) ?? options.CreateRateLimit;
        options.MaxRetries = (int?)ReadInteger(section, nameof(options.MaxRetries)) ?? options.MaxRetries;
        options.MaxBase64UploadBytes = ReadInteger(section, nameof(options.MaxBase64UploadBytes)) ?? options.MaxBase64UploadBytes;
        options.UploadPath = section[nameof(options.UploadPath)] ?? options.UploadPath;
        options.MaxCreditsPerTask = ReadDecimal(section, nameof(options.MaxCreditsPerTask)) ?? options.MaxCreditsPerTask;
        options.MaxCreditsPerDay = ReadDecimal(section, nameof(options.MaxCreditsPerDay)) ?? options.MaxCreditsPerDay;
    }

    private static Uri? ReadUri(IConfiguration section, string key) => section[key] switch
    {
        null or "" => null,
        var text when Uri.TryCreate(text, UriKind.Absolute, out var url) => url,
        var text => throw new FormatException($"{KieClientOptions.SectionName}:{key} must be an absolute URL; it is '{text}'."),
    };

    private static TimeSpan? ReadTimeSpan(IConfiguration section, string key) => section[key] switch
    {
        null or "" => null,
        var text when TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) => span,
        var text => throw new FormatException($"{KieClientOptions.SectionName}:{key} must be a time span such as 00:01:40; it is '{text}'."),
    };

    private static decimal? ReadDecimal(IConfiguration section, string key) => section[key] switch
    {
        null or "" => null,
        var text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        var text => throw new FormatException($"{KieClientOptions.SectionName}:{key} must be a number such as 250 or 12.5; it is '{text}'."),
    };

    private static long? ReadInteger(IConfiguration section, string key) => section[key] switch
    {
        null or "" => null,
        var text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        var text => throw new FormatException($"{KieClientOptions.SectionName}:{key} must be a whole number; it is '{text}'."),
    };
}
