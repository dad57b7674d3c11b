using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>How a test builds its client: both paths must behave the same on the wire.</summary>
public enum ClientPath
{
    /// <summary><c>services.AddKieClient(...)</c>, resolved as <see cref="IKieClient"/>.</summary>
    DependencyInjection,

    /// <summary><c>new KieClient(KieClientOptions)</c> with its own HttpClient and pipeline.</summary>
    Options,
}

/// <summary>A client under test, built one way or the other, pointed at WireMock.</summary>
internal sealed class ContractClient : IDisposable
{
    public const string ApiKey = "kie-contract-key-0123";

    private readonly IDisposable _owner;

    private ContractClient(IKieClient client, IDisposable owner, IServiceProvider? services)
    {
        Client = client;
        _owner = owner;
        Services = services;
    }

    public IKieClient Client { get; }

    public IServiceProvider? Services { get; }

    /// <summary>
    /// Builds a client whose API and upload hosts are <paramref name="server"/>, with 2 retries and a 1 ms retry base
    /// delay (so retries cost no real time unless a Retry-After header asks for it).
    /// </summary>
    public static ContractClient Create(
        ClientPath path,
        WireMockServer server,
        Action<KieClientOptions>? configure = null,
        Action<IServiceCollection, IHttpClientBuilder>? services = null)
    {
        void Configure(KieClientOptions options)
        {
            options.ApiKey = ApiKey;
            options.BaseUrl = new Uri(server.Url!);
            options.UploadBaseUrl = new Uri(server.Url!);
            options.MaxRetries = 2;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(options);
        }

        if (path == ClientPath.Options)
        {
            var options = new KieClientOptions();
            Configure(options);
            var own = new KieClient(options);
            return new ContractClient(own, own, null);
        }

        var collection = new ServiceCollection();
        var builder = collection.AddKieClient(Configure);
        services?.Invoke(collection, builder);
        var provider = collection.BuildServiceProvider();
        return new ContractClient(provider.GetRequiredService<IKieClient>(), provider, provider);
    }

    public void Dispose() => _owner.Dispose();
}

/// <summary>Stubbing and log-reading helpers over WireMock.Net 1.25.</summary>
internal static class Wire
{
    public const string CreateTaskPath = "/api/v1/jobs/createTask";
    public const string RecordInfoPath = "/api/v1/jobs/recordInfo";
    public const string CreditPath = "/api/v1/chat/credit";
    public const string DownloadUrlPath = "/api/v1/common/download-url";
    public const string StreamUploadPath = "/api/file-stream-upload";
    public const string Base64UploadPath = "/api/file-base64-upload";
    public const string UrlUploadPath = "/api/file-url-upload";

    /// <summary>A KIE envelope around raw JSON <paramref name="data"/>.</summary>
    public static string Envelope(string data, int code = 200, string msg = "success") =>
        $$"""{"code":{{code}},"msg":{{JsonSerializer.Serialize(msg)}},"data":{{data}}}""";

    /// <summary>An HTTP response with a JSON body (or any text body with another content type).</summary>
    public static IResponseBuilder Reply(int status, string body, string contentType = "application/json") =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);

    public static IRequestBuilder Post(string path) => Request.Create().WithPath(path).UsingPost();

    public static IRequestBuilder Get(string path) => Request.Create().WithPath(path).UsingGet();

    /// <summary>Answers every matching request the same way.</summary>
    public static void Stub(this WireMockServer server, IRequestBuilder request, IResponseBuilder response) =>
        server.Given(request).RespondWith(response);

    /// <summary>
    /// Answers matching requests with <paramref name="responses"/> in order (a WireMock scenario); the last answer
    /// repeats for any further request.
    /// </summary>
    public static void StubSequence(this WireMockServer server, IRequestBuilder request, params IResponseBuilder[] responses)
    {
        if (responses.Length == 1)
        {
            server.Stub(request, responses[0]);
            return;
        }

        var scenario = "sequence-" + Guid.NewGuid().ToString("N");
        for (var index = 0; index < responses.Length; index++)
        {
            var mapping = server.Given(request).InScenario(scenario);
            if (index > 0)
            {
                mapping = mapping.WhenStateIs($"answer-{index}");
            }

            var next = Math.Min(index + 1, responses.Length - 1);
            mapping.WillSetStateTo($"answer-{next}").RespondWith(responses[index]);
        }
    }

    /// <summary>The requests WireMock received on <paramref name="path"/>, oldest first.</summary>
    public static IReadOnlyList<IRequestMessage> Received(this WireMockServer server, string path) =>
        [.. server.LogEntries.Select(entry => entry.RequestMessage).Where(message => message.Path == path).OrderBy(message => message.DateTime)];

    /// <summary>Every request WireMock received.</summary>
    public static IReadOnlyList<IRequestMessage> ReceivedAll(this WireMockServer server) =>
        [.. server.LogEntries.Select(entry => entry.RequestMessage).OrderBy(message => message.DateTime)];

    /// <summary>
    /// WireMock logs a request only once its (possibly delayed) answer is ready; waits until <paramref name="expected"/>
    /// requests are logged on <paramref name="path"/>, then a further <paramref name="settle"/> so that an extra
    /// (unwanted) request would show up too.
    /// </summary>
    public static async Task<IReadOnlyList<IRequestMessage>> ReceivedAfterAsync(this WireMockServer server, string path, int expected, TimeSpan settle)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (server.Received(path).Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        await Task.Delay(settle);
        return server.Received(path);
    }

    /// <summary>
    /// Makes one successful status read so that JIT, the handler chain and a pooled connection are ready; a test that
    /// exercises a short attempt timeout then measures the server's delay, not the client's first-call start-up.
    /// </summary>
    public static async Task WarmUpAsync(this IKieClient client, WireMockServer server)
    {
        server.Stub(Get(RecordInfoPath).WithParam("taskId", "warm-up"), Reply(200, Envelope("""{"taskId":"warm-up","state":"waiting"}""")));
        Assert.Equal(KieTaskState.Waiting, (await client.GetStatusAsync("warm-up")).State);
    }

    /// <summary>A header's single value, or <see langword="null"/> when absent (names compared case-insensitively).</summary>
    public static string? Header(this IRequestMessage message, string name)
    {
        if (message.Headers is null)
        {
            return null;
        }

        foreach (var pair in message.Headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(", ", pair.Value);
            }
        }

        return null;
    }

    /// <summary>The request body parsed as JSON.</summary>
    public static JsonElement JsonBody(this IRequestMessage message)
    {
        Assert.False(string.IsNullOrEmpty(message.Body), $"Request to {message.Path} had no text body.");
        using var document = JsonDocument.Parse(message.Body!);
        return document.RootElement.Clone();
    }

    /// <summary>The names of an object's properties, in wire order.</summary>
    public static string[] PropertyNames(this JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];

    /// <summary>Asserts the headers every API call carries: the bearer key and, on JSON calls, the JSON content type.</summary>
    public static void AssertApiHeaders(IRequestMessage message, bool json)
    {
        Assert.Equal("Bearer " + ContractClient.ApiKey, message.Header("Authorization"));
        if (json)
        {
            Assert.StartsWith("application/json", message.Header("Content-Type"), StringComparison.Ordinal);
        }
    }
}
