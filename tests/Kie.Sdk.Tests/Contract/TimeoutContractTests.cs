using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>Attempt timeouts bound each call; HttpClient.Timeout never does (it would cut long uploads and name the wrong setting).</summary>
public sealed class TimeoutContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_DI_client_ignores_a_short_HttpClient_default_timeout_and_uses_AttemptTimeout()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("5")).WithDelay(TimeSpan.FromMilliseconds(700)));
        using var kie = ContractClient.Create(
            ClientPath.DependencyInjection,
            _server,
            options => options.AttemptTimeout = TimeSpan.FromSeconds(10),
            services: (collection, _) => collection.ConfigureHttpClientDefaults(defaults =>
                defaults.ConfigureHttpClient(client => client.Timeout = TimeSpan.FromMilliseconds(200))));

        Assert.Equal(5m, await kie.Client.GetCreditsAsync());

        Assert.Single(_server.Received(Wire.CreditPath));
        var factory = kie.Services!.GetRequiredService<IHttpClientFactory>();
        Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient(KieServiceCollectionExtensions.HttpClientName).Timeout);
    }

    [Fact]
    public void The_options_constructed_client_owns_an_HttpClient_with_an_infinite_timeout()
    {
        using var client = new KieClient(new KieClientOptions { ApiKey = ContractClient.ApiKey });

        var field = typeof(KieClient).GetField("_ownHttp", BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.NotNull(field);
        var http = Assert.IsType<HttpClient>(field.GetValue(client));
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task A_slow_answer_within_AttemptTimeout_succeeds(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("6")).WithDelay(TimeSpan.FromMilliseconds(400)));
        using var kie = ContractClient.Create(path, _server, options => options.AttemptTimeout = TimeSpan.FromSeconds(10));

        Assert.Equal(6m, await kie.Client.GetCreditsAsync());
        Assert.Single(_server.Received(Wire.CreditPath));
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task A_read_over_AttemptTimeout_is_retried_then_fails_naming_AttemptTimeout(ClientPath path)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("6")).WithDelay(TimeSpan.FromMilliseconds(1200)));
        using var kie = ContractClient.Create(path, _server, options =>
        {
            options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            options.MaxRetries = 1;
        });
        await kie.Client.WarmUpAsync(_server);

        var error = await Assert.ThrowsAsync<KieApiException>(() => kie.Client.GetCreditsAsync());

        Assert.Contains("KieClientOptions.AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(error.InnerException);
        var sent = await _server.ReceivedAfterAsync(Wire.CreditPath, expected: 2, settle: TimeSpan.FromMilliseconds(300));
        Assert.Equal(2, sent.Count);
    }

    [Fact]
    public async Task An_upload_is_bounded_by_UploadTimeout_and_says_so()
    {
        _server.Stub(
            Wire.Post(Wire.Base64UploadPath),
            Wire.Reply(200, """{"success":true,"code":200,"msg":"ok","data":{"downloadUrl":"https://t.example/x.png"}}""").WithDelay(TimeSpan.FromMilliseconds(1200)));
        using var kie = ContractClient.Create(ClientPath.Options, _server, options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(30);
            options.UploadTimeout = TimeSpan.FromMilliseconds(200);
        });
        await kie.Client.WarmUpAsync(_server);

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.UploadBase64Async("AQID", "x.png"));

        Assert.Contains("KieClientOptions.UploadTimeout", error.Message, StringComparison.Ordinal);
        var sent = await _server.ReceivedAfterAsync(Wire.Base64UploadPath, expected: 1, settle: TimeSpan.FromMilliseconds(300));
        Assert.Single(sent);
    }

    [Fact]
    public async Task Caller_cancellation_is_an_OperationCanceledException_not_a_KIE_error()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("6")).WithDelay(TimeSpan.FromMilliseconds(1200)));
        using var kie = ContractClient.Create(ClientPath.Options, _server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => kie.Client.GetCreditsAsync(cancel.Token));
    }
}
