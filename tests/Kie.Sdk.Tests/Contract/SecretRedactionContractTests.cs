using System.Collections.Concurrent;
using System.Diagnostics;
using Kie.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>The API key never reaches logs (at Trace, including HttpClient's own), exceptions or Activity tags.</summary>
public sealed class SecretRedactionContractTests : IDisposable
{
    private const string Secret = "sk-SECRET-123";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ConcurrentQueue<string> _spans = new();
    private readonly ActivityListener _listener;

    public SecretRedactionContractTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Kie.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _spans.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _server.Dispose();
    }

    private static string Describe(Activity activity) =>
        string.Join(
            "\n",
            [
                activity.Source.Name,
                activity.OperationName,
                activity.DisplayName,
                activity.StatusDescription ?? string.Empty,
                .. activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"),
                .. activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name}:{tag.Key}={tag.Value}")),
                .. activity.Baggage.Select(item => $"{item.Key}={item.Value}"),
            ]);

    private void StubSucceedingAndFailingCalls()
    {
        _server.Stub(Wire.Post(Wire.CreateTaskPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"task-ok"}""")));
        _server.Stub(Wire.Get(Wire.RecordInfoPath), Wire.Reply(200, Wire.Envelope("""{"taskId":"task-ok","state":"success","resultJson":"{\"resultUrls\":[\"https://f.example/a.png\"]}"}""")));
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(401, Wire.Envelope("null", 401, "You do not have access permissions")));
        _server.Stub(Wire.Post(Wire.DownloadUrlPath), Wire.Reply(500, Wire.Envelope("null", 500, "Server error")));
    }

    private async Task<List<Exception>> ExerciseAsync(IKieClient client)
    {
        var errors = new List<Exception>();
        var request = new CreateTaskRequest("z-image");
        request.Input.Set("prompt", "a cat");
        Assert.Equal("task-ok", await client.CreateTaskAsync(request));
        Assert.Equal(KieTaskState.Success, (await client.GetStatusAsync("task-ok")).State);
        errors.Add(await Assert.ThrowsAsync<KieAuthenticationException>(() => client.GetCreditsAsync()));
        errors.Add(await Assert.ThrowsAsync<KieServiceUnavailableException>(() => client.GetDownloadUrlAsync(new Uri("https://f.example/a.png"))));
        return errors;
    }

    private void AssertSecretNowhere(IEnumerable<Exception> errors)
    {
        Assert.NotEmpty(_logs.Entries);
        Assert.NotEmpty(_spans);
        Assert.All(_logs.Entries, entry => Assert.DoesNotContain(Secret, entry, StringComparison.Ordinal));
        Assert.All(_spans, span => Assert.DoesNotContain(Secret, span, StringComparison.Ordinal));
        Assert.All(errors, error =>
        {
            Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        });

        // The key did go where it belongs, so the assertions above are about a key that was really in play.
        Assert.All(_server.ReceivedAll(), request => Assert.Equal("Bearer " + Secret, request.Header("Authorization")));
    }

    [Fact]
    public async Task DI_client_keeps_the_key_out_of_trace_logs_spans_and_exceptions()
    {
        StubSucceedingAndFailingCalls();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddKieClient(options =>
        {
            options.ApiKey = Secret;
            options.BaseUrl = new Uri(_server.Url!);
            options.MaxRetries = 1;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        using var provider = services.BuildServiceProvider();

        var errors = await ExerciseAsync(provider.GetRequiredService<IKieClient>());

        AssertSecretNowhere(errors);
        // HttpClient's own Trace logging of request headers ran, so it was tested too.
        Assert.Contains(_logs.Entries, entry => entry.Contains("Authorization", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Client_with_a_logger_factory_keeps_the_key_out_of_trace_logs_spans_and_exceptions()
    {
        StubSucceedingAndFailingCalls();
        using var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        var options = new KieClientOptions
        {
            ApiKey = Secret,
            BaseUrl = new Uri(_server.Url!),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        using var http = new HttpClient(KieResilience.CreateHandler(options, TimeProvider.System, new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new KieClient(http, options, loggerFactory: loggerFactory);

        var errors = await ExerciseAsync(client);

        AssertSecretNowhere(errors);
    }

    [Fact]
    public void Options_ToString_and_validation_messages_do_not_show_the_key()
    {
        var options = new KieClientOptions { ApiKey = Secret, MaxRetries = 99 };

        var problems = options.Validate();

        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.All(problems, problem => Assert.DoesNotContain(Secret, problem, StringComparison.Ordinal));
        var error = Assert.Throws<ArgumentException>(() => new KieClient(options));
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Records every log entry: category, level, formatted message, structured values and exception text.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? string.Join(";", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                    : string.Empty;
                entries.Enqueue($"{category}|{logLevel}|{formatter(state, exception)}|{values}|{exception}");
            }
        }
    }
}
