using System.Net;
using System.Net.Sockets;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Bot API failures become the engine's <see cref="ChatGatewayException"/> kinds; POSTs are never retried by the HTTP stack.</summary>
public sealed class TelegramErrorMappingTests : IDisposable
{
    private const long Chat = 777;
    private readonly AdapterHarness _adapter = AdapterHarness.Create();

    [Fact]
    public async Task Too_many_requests_is_a_flood_wait_with_telegrams_retry_after()
    {
        _adapter.Api.FailNext("sendMessage", BotApiError.TooManyRequests(retryAfter: 250));

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.SendAsync(Chat, new Screen("hi")));

        Assert.Equal(ChatFailure.FloodWait, error.Failure);
        Assert.Equal(TimeSpan.FromSeconds(250), error.RetryAfter);
    }

    [Fact]
    public async Task A_short_flood_wait_is_retried_by_Telegram_Bot_itself()
    {
        // retry_after 0 is within Telegram.Bot's auto-retry threshold: the library waits it out and repeats the call.
        _adapter.Api.FailNext("sendMessage", BotApiError.TooManyRequests(retryAfter: 0));

        await _adapter.Gateway.SendAsync(Chat, new Screen("hi"));

        Assert.Equal(2, _adapter.Api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task A_blocked_bot_is_blocked()
    {
        _adapter.Api.Block(Chat);

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.SendAsync(Chat, new Screen("hi")));

        Assert.Equal(ChatFailure.Blocked, error.Failure);
        Assert.Contains("blocked by the user", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vanished_chat_is_blocked_too()
    {
        _adapter.Api.FailNext("sendMessage", BotApiError.BadRequest("chat not found"));

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.SendAsync(Chat, new Screen("hi")));

        Assert.Equal(ChatFailure.Blocked, error.Failure);
    }

    [Fact]
    public async Task Other_400s_are_bad_requests()
    {
        _adapter.Api.FailNext("sendPhoto", BotApiError.BadRequest("failed to get HTTP URL content"));

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() =>
            _adapter.Gateway.SendMediaAsync(Chat, [new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(new Uri("https://files.example/x.png")))]));

        Assert.Equal(ChatFailure.BadRequest, error.Failure);
    }

    [Fact]
    public async Task A_server_error_is_transient_and_the_POST_is_sent_once()
    {
        _adapter.Api.FailNext("sendInvoice", BotApiError.ServerError);

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() =>
            _adapter.Gateway.SendInvoiceAsync(Chat, new InvoiceScreen("100 Stars", "Top-up", "inv-1", 100, "topup")));

        Assert.Equal(ChatFailure.Transient, error.Failure);
        // No resilience handler: a retried sendInvoice could show the user two invoices.
        Assert.Single(_adapter.Api.CallsTo("sendInvoice"));
    }

    [Fact]
    public async Task An_unreachable_Bot_API_is_transient()
    {
        using var unused = new TcpListener(IPAddress.Loopback, 0);
        unused.Start();
        var port = ((IPEndPoint)unused.LocalEndpoint).Port;
        unused.Stop();
        using var offline = AdapterHarness.Create($"http://127.0.0.1:{port}");

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => offline.Gateway.SendAsync(Chat, new Screen("hi")));

        Assert.Equal(ChatFailure.Transient, error.Failure);
        Assert.DoesNotContain(FakeBotApi.Token, error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _adapter.Dispose();
}
