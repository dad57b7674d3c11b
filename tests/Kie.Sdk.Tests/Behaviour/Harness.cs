using Microsoft.Extensions.Logging;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>A <see cref="KieClient"/> on a scripted server and a test clock.</summary>
internal sealed class Harness : IDisposable
{
    private readonly HttpClient _http;

    public Harness(Action<KieClientOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        Server = new ScriptedKieHandler(Clock);
        _http = new HttpClient(Server);
        Options = new KieClientOptions { ApiKey = "k", CreateRateLimit = 0 };
        configure?.Invoke(Options);
        Client = new KieClient(_http, Options, Clock, loggerFactory);
    }

    public TestClock Clock { get; } = new();

    public ScriptedKieHandler Server { get; }

    public KieClientOptions Options { get; }

    public KieClient Client { get; }

    /// <summary>Waits for a task, driving the clock until the wait ends.</summary>
    public Task<KieTaskStatus> WaitAsync(string taskId, KieWaitOptions? options, CancellationToken cancellationToken = default) =>
        Clock.RunAsync(() => Client.WaitForCompletionAsync(taskId, options, cancellationToken));

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }
}

/// <summary>An <see cref="IProgress{T}"/> that records synchronously (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class ProgressLog<T> : IProgress<T>
{
    private readonly object _gate = new();
    private readonly List<T> _items = [];

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    public void Report(T value)
    {
        lock (_gate)
        {
            _items.Add(value);
        }
    }
}
