using System.Net;
using System.Text;
using Kie.Samples.TelegramBot.Telegram;
using Kie.Sdk;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>The KIE callback endpoint: raw body and signature headers to the engine's receiver, its verdict to HTTP.</summary>
public sealed class KieCallbackEndpointTests
{
    private const string Secret = "kie-hmac-key-for-tests";

    [Fact]
    public async Task A_signed_callback_about_a_task_no_order_waits_for_is_200()
    {
        await using var app = await StartAsync();
        var body = Callback("task-unknown");
        var (timestamp, signature) = KieCallback.Sign("task-unknown", app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow(), Secret);

        using var response = await PostAsync(app, "/hooks/kie", body, timestamp, signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_signature_is_401()
    {
        await using var app = await StartAsync();
        var (timestamp, signature) = KieCallback.Sign("task-1", app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "another-key");

        using var response = await PostAsync(app, "/hooks/kie", Callback("task-1"), timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signature_for_another_task_is_401()
    {
        await using var app = await StartAsync();
        var (timestamp, signature) = KieCallback.Sign("task-other", app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow(), Secret);

        using var response = await PostAsync(app, "/hooks/kie", Callback("task-1"), timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_callback_is_401_while_a_secret_is_configured()
    {
        await using var app = await StartAsync();

        using var response = await PostAsync(app, "/hooks/kie", Callback("task-1"), timestamp: null, signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_a_callback_is_400()
    {
        await using var app = await StartAsync();
        var (timestamp, signature) = KieCallback.Sign("task-1", app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow(), Secret);

        using var response = await PostAsync(app, "/hooks/kie", "{\"hello\":", timestamp, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_callback_url_the_endpoint_is_at_the_default_path()
    {
        await using var app = await WebhookApp.StartAsync(map: web => web.MapKieCallbacks());

        var routes = ((IEndpointRouteBuilder)app.App).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().Select(endpoint => endpoint.RoutePattern.RawText).ToArray();

        Assert.Contains(KieCallbackEndpoint.DefaultPath, routes);
    }

    private static Task<WebhookApp> StartAsync() => WebhookApp.StartAsync(
        settings: new Dictionary<string, string?> { ["Kie:CallbackUrl"] = "https://bot.example.com/hooks/kie", ["Kie:CallbackSecret"] = Secret },
        map: web => web.MapKieCallbacks());

    private static string Callback(string taskId) =>
        $$$"""{"code":200,"msg":"success","data":{"taskId":"{{{taskId}}}","state":"success","resultJson":"{\"resultUrls\":[\"https://tempfile.example/r.png\"]}"}}""";

    private static Task<HttpResponseMessage> PostAsync(WebhookApp app, string path, string body, string? timestamp, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (timestamp is not null)
        {
            request.Headers.Add(KieCallback.TimestampHeader, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add(KieCallback.SignatureHeader, signature);
        }

        return app.Http.SendAsync(request);
    }
}
