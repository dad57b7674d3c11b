using System.Net;
using System.Text;
using Kie.Samples.TelegramBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Webhook mode on Kestrel: setWebhook on start, the secret check, fast acknowledgement, duplicates, fail-closed mapping.</summary>
public sealed class TelegramWebhookTests
{
    private const long Alice = 1001;

    [Fact]
    public async Task Starting_sets_the_webhook_with_the_secret_and_keeps_pending_updates()
    {
        await using var app = await WebhookApp.StartAsync();

        var call = Assert.Single(app.Api.CallsTo("setWebhook"));
        Assert.Equal(WebhookApp.WebhookUrl, call.Text("url"));
        Assert.Equal(WebhookApp.Secret, call.Text("secret_token"));
        Assert.Equal(["message", "callback_query", "pre_checkout_query"], call.Body["allowed_updates"]!.AsArray().Select(type => type!.GetValue<string>()));
        Assert.True(!call.Has("drop_pending_updates") || call.Text("drop_pending_updates") == "false");
        Assert.DoesNotContain("getUpdates", app.Api.Methods);
        Assert.DoesNotContain("deleteWebhook", app.Api.Methods);
    }

    [Fact]
    public async Task An_update_with_the_right_secret_is_acknowledged_at_once_and_handled_in_the_background()
    {
        var feature = new GatedFeature();
        feature.Close("gate:hello");
        await using var app = await WebhookApp.StartAsync(feature);

        using var response = await app.PostUpdateAsync(FakeUpdates.Text(100, Alice, "gate:hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await feature.Reached("start:gate:hello");
        Assert.False(feature.Saw("end:gate:hello"), "The webhook answered only after the engine finished.");
        feature.Open("gate:hello");
        var reply = (await app.Api.WaitForCallsAsync("sendMessage"))[0];
        Assert.EndsWith("done:gate:hello", reply.Text("text"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("w3bh00k_Secret-12")]
    [InlineData("w3bh00k_Secret-1234")]
    [InlineData(null)]
    public async Task A_missing_or_wrong_secret_is_401_and_nothing_is_handled(string? secret)
    {
        var feature = new GatedFeature();
        await using var app = await WebhookApp.StartAsync(feature);

        using var response = await app.PostUpdateAsync(FakeUpdates.Text(101, Alice, "gate:forged"), secret);
        await app.Router.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(feature.Journal);
        Assert.Empty(app.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_body_that_is_not_an_update_is_400()
    {
        await using var app = await WebhookApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookApp.WebhookUrl).AbsolutePath)
        {
            Content = new StringContent("{not json", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, WebhookApp.Secret);

        using var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_redelivered_update_is_acknowledged_again_but_handled_once()
    {
        var feature = new GatedFeature();
        await using var app = await WebhookApp.StartAsync(feature);

        using var first = await app.PostUpdateAsync(FakeUpdates.Text(102, Alice, "gate:once"));
        await feature.Reached("end:gate:once");
        using var again = await app.PostUpdateAsync(FakeUpdates.Text(102, Alice, "gate:once"));
        await app.Router.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, feature.Journal.Count(entry => entry == "start:gate:once"));
        Assert.Single(app.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_pre_checkout_query_posted_to_the_webhook_is_answered()
    {
        var feature = new GatedFeature();
        await using var app = await WebhookApp.StartAsync(feature);

        using var response = await app.PostUpdateAsync(FakeUpdates.PreCheckout(103, Alice, "inv:9", 50));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pcq-103", (await app.Api.WaitForCallsAsync("answerPreCheckoutQuery"))[0].Text("pre_checkout_query_id"));
    }

    [Fact]
    public async Task A_refused_setWebhook_stops_the_start()
    {
        using var api = new FakeBotApi();
        api.FailNext("setWebhook", BotApiError.BadRequest("bad webhook: Failed to resolve host: Name or service not known"));

        var error = await Assert.ThrowsAsync<global::Telegram.Bot.Exceptions.ApiRequestException>(() => WebhookApp.StartAsync(api: api));

        Assert.Contains("bad webhook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_secret_the_webhook_refuses_to_be_mapped()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = FakeBotApi.Token });
        builder.Services.AddTelegramAdapter(builder.Configuration);
        var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapTelegramWebhook("/telegram/update"));

        Assert.Contains("Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_secret_webhook_mode_refuses_to_start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:WebhookUrl"] = WebhookApp.WebhookUrl,
        });

        var error = Assert.Throws<OptionsValidationException>(() => builder.Services.AddTelegramAdapter(builder.Configuration));

        Assert.Contains("Telegram:WebhookSecret is required", error.Message, StringComparison.Ordinal);
    }
}
