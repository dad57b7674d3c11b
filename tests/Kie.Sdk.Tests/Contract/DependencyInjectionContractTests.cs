using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>AddKieClient from configuration, start-up validation, lifetimes and HttpClient ownership.</summary>
public sealed class DependencyInjectionContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    private static ServiceProvider FromConfiguration(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddKieClient(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>What start-up validation reports (the host runs the same validator through ValidateOnStart).</summary>
    private static string StartupFailure(ServiceProvider provider)
    {
        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        return error is AggregateException aggregate ? string.Join(" | ", aggregate.InnerExceptions.Select(inner => inner.Message)) : error.Message;
    }

    [Fact]
    public async Task Binds_the_Kie_section_and_the_bound_client_talks_to_the_configured_host()
    {
        using var provider = FromConfiguration(new()
        {
            ["Kie:ApiKey"] = ContractClient.ApiKey,
            ["Kie:BaseUrl"] = _server.Url,
            ["Kie:AttemptTimeout"] = "00:00:42",
            ["Kie:CreateRateLimit"] = "7",
            ["Kie:CallbackUrl"] = "https://bot.example.org/kie",
            ["Kie:MaxRetries"] = "1",
            ["Kie:UploadPath"] = "bot/files",
            ["Other:ApiKey"] = "not-this-one",
        });

        var options = provider.GetRequiredService<IOptions<KieClientOptions>>().Value;
        Assert.Equal(ContractClient.ApiKey, options.ApiKey);
        Assert.Equal(new Uri(_server.Url!), options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(42), options.AttemptTimeout);
        Assert.Equal(7, options.CreateRateLimit);
        Assert.Equal(new Uri("https://bot.example.org/kie"), options.DefaultCallbackUrl);
        Assert.Equal(1, options.MaxRetries);
        Assert.Equal("bot/files", options.UploadPath);
        Assert.Equal(KieClientOptions.DefaultUploadBaseUrl, options.UploadBaseUrl);

        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"from-config"}""")));
        var client = provider.GetRequiredService<IKieClient>();
        Assert.Equal("from-config", await client.CreateTaskAsync(new CreateTaskRequest("z-image")));
        var sent = Assert.Single(_server.Received(Wire.CreateTaskPath));
        Wire.AssertApiHeaders(sent, json: true);
        Assert.Equal("https://bot.example.org/kie", sent.JsonBody().GetProperty("callBackUrl").GetString());
    }

    [Fact]
    public void Accepts_the_section_itself_as_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kie:ApiKey"] = "k-1" }).Build();
        var services = new ServiceCollection();
        services.AddKieClient(configuration.GetSection("Kie"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal("k-1", provider.GetRequiredService<IOptions<KieClientOptions>>().Value.ApiKey);
    }

    [Fact]
    public void A_missing_ApiKey_fails_at_start_up_naming_the_key()
    {
        using var provider = FromConfiguration(new() { ["Kie:BaseUrl"] = "https://api.kie.ai" });

        Assert.Contains("Kie:ApiKey is required", StartupFailure(provider), StringComparison.Ordinal);
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KieClientOptions>>().Value);
        Assert.Contains("Kie:ApiKey is required", error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IKieClient>());
    }

    [Fact]
    public void A_missing_ApiKey_in_code_configuration_fails_naming_the_key()
    {
        var services = new ServiceCollection();
        services.AddKieClient(options => options.BaseUrl = new Uri("https://api.kie.ai"));
        using var provider = services.BuildServiceProvider();

        Assert.Contains("Kie:ApiKey is required", StartupFailure(provider), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kie:MaxRetries", "99")]
    [InlineData("Kie:CreateRateLimit", "-1")]
    [InlineData("Kie:AttemptTimeout", "-00:00:01")]
    [InlineData("Kie:UploadPath", "/leading")]
    public void A_value_out_of_range_fails_validation_naming_its_key(string key, string value)
    {
        using var provider = FromConfiguration(new() { ["Kie:ApiKey"] = "k-1", [key] = value });

        var failure = StartupFailure(provider);

        Assert.Contains(key, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiKey", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kie:AttemptTimeout", "soon")]
    [InlineData("Kie:BaseUrl", "not a url")]
    [InlineData("Kie:CreateRateLimit", "lots")]
    public void A_value_that_cannot_be_read_fails_naming_its_key(string key, string value)
    {
        using var provider = FromConfiguration(new() { ["Kie:ApiKey"] = "k-1", [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IOptions<KieClientOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IKieClient_is_one_singleton_shared_with_KieClient()
    {
        using var provider = FromConfiguration(new() { ["Kie:ApiKey"] = "k-1" });

        var first = provider.GetRequiredService<IKieClient>();
        using var scope = provider.CreateScope();

        Assert.Same(first, provider.GetRequiredService<IKieClient>());
        Assert.Same(first, scope.ServiceProvider.GetRequiredService<IKieClient>());
        Assert.Same(first, provider.GetRequiredService<KieClient>());
    }

    [Fact]
    public void AddKieClient_returns_the_builder_of_the_SDK_named_HttpClient()
    {
        var services = new ServiceCollection();

        var builder = services.AddKieClient(options => options.ApiKey = "k-1");

        Assert.Equal(KieServiceCollectionExtensions.HttpClientName, builder.Name);
    }

    [Fact]
    public void The_options_constructor_rejects_invalid_options_naming_each_key()
    {
        var error = Assert.Throws<ArgumentException>(() => new KieClient(new KieClientOptions { MaxRetries = 11 }));

        Assert.Contains("Kie:ApiKey is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kie:MaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_injected_HttpClient_is_not_disposed_by_the_client()
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope("3")));
        var handler = new TrackingHandler();
        using var http = new HttpClient(handler);
        var client = new KieClient(http, new KieClientOptions { ApiKey = ContractClient.ApiKey, BaseUrl = new Uri(_server.Url!) });
        Assert.Equal(3m, await client.GetCreditsAsync());

        client.Dispose();

        Assert.False(handler.Disposed);
        using var response = await http.GetAsync(new Uri(new Uri(_server.Url!), Wire.CreditPath));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(2, _server.Received(Wire.CreditPath).Count);
    }

    private sealed class TrackingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
