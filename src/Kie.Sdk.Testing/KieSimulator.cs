using Kie.Sdk.Testing.Endpoints;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing;

/// <summary>
/// An in-process fake of the KIE.ai API: an <see cref="HttpMessageHandler"/> that answers createTask, recordInfo,
/// credit, download-url, the three uploads and file downloads with KIE's wire format, without network or ports.
/// Plug it into any <see cref="HttpClient"/>, e.g. <c>new KieClient(simulator.CreateHttpClient(), options, fakeTime)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Deterministic under a fake clock: task states follow from their creation time and timings measured on
/// <see cref="KieSimulatorOptions.TimeProvider"/>; finished tasks are charged and called back from a timer of that
/// clock, so advancing a <c>FakeTimeProvider</c> is all a test does. Task ids come from a sequence, not randomness.
/// </para>
/// <para>
/// Script outcomes with <see cref="AddRule"/>, prompt keywords (<c>[fail]</c>, <c>[fail:CODE]</c>, <c>[slow]</c>,
/// <c>[unknown]</c>, <c>[5xx]</c>, <c>[never]</c>) and per-request faults (<see cref="EnqueueFault"/>).
/// Requests are routed by path whatever their host. Thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var time = new FakeTimeProvider();
/// using var simulator = new KieSimulator(new KieSimulatorOptions { TimeProvider = time });
/// simulator.AddRule(context => context.Model.StartsWith("kling/") ? KieSimulatorOutcome.Fail("500", "Upstream error") : null);
/// using var http = simulator.CreateHttpClient();
/// using var client = new KieClient(http, new KieClientOptions { ApiKey = "test" }, time);
/// var taskId = await client.CreateTaskAsync(request);
/// time.Advance(TimeSpan.FromSeconds(30));
/// var status = await client.GetStatusAsync(taskId); // success, with a downloadable PNG
/// </code>
/// </example>
public sealed class KieSimulator : HttpMessageHandler
{
    private readonly SimulatorState _state;
    private volatile bool _disposed;

    /// <summary>Creates a simulator.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (system clock, any key, 1000 credits).</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public KieSimulator(KieSimulatorOptions? options = null)
    {
        options ??= new KieSimulatorOptions();
        options.ThrowIfInvalid();
        _state = new SimulatorState(options);
    }

    /// <summary>The API host KIE uses, <c>https://api.kie.ai</c> (any host is answered; this is the natural one to configure).</summary>
    public Uri BaseUrl { get; } = new("https://api.kie.ai");

    /// <summary>The upload host KIE uses, <c>https://kieai.redpandaai.co</c>.</summary>
    public Uri UploadBaseUrl { get; } = new("https://kieai.redpandaai.co");

    /// <summary>The settings this simulator reads (changes apply to later requests, except the clock).</summary>
    public KieSimulatorOptions Options => _state.Options;

    /// <summary>
    /// The account balance. Successful tasks are charged once, when they finish (or are first seen finished);
    /// reading it first settles any task whose completion time has passed. Set it to top up or drain the account.
    /// </summary>
    public decimal Credits
    {
        get
        {
            _state.Scheduler.RunDue();
            return _state.Credits.Balance;
        }

        set => _state.Credits.Balance = value;
    }

    /// <summary>A snapshot of the latest requests received, oldest first (up to <see cref="KieSimulatorOptions.RequestLogCapacity"/>).</summary>
    public IReadOnlyList<KieSimulatorRequest> Requests => _state.Log.Snapshot();

    /// <summary>A snapshot of every task created, oldest first.</summary>
    public IReadOnlyCollection<KieSimulatorTask> Tasks => _state.Tasks;

    /// <summary>How many callback deliveries failed (the handler threw or timed out); each failure was retried, up to 3 attempts per task.</summary>
    public int CallbackFailures => _state.Callbacks.Failures;

    /// <summary>Counts every request so far whose path ends with a suffix, e.g. <c>"recordInfo"</c> or <c>"/createTask"</c>. Not limited by the log's capacity.</summary>
    /// <param name="pathSuffix">The end of the path (no query), compared case-sensitively; empty counts all.</param>
    /// <returns>The count.</returns>
    public int CountRequests(string pathSuffix) => _state.Log.Count(pathSuffix);

    /// <summary>Finds a task by id.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The task, or <see langword="null"/> when the simulator never created it.</returns>
    public KieSimulatorTask? FindTask(string taskId)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        return _state.FindTask(taskId);
    }

    /// <summary>
    /// Adds a rule deciding the outcome of tasks created from now on. Rules are asked in the order added, before
    /// prompt keywords; the first to return an outcome wins; <see langword="null"/> passes.
    /// </summary>
    /// <param name="rule">The rule, given the model and input of the task being created.</param>
    public void AddRule(Func<KieSimulatorTaskContext, KieSimulatorOutcome?> rule) => _state.Rules.Add(rule);

    /// <summary>Makes the next request whose path ends with <paramref name="pathSuffix"/> fail with <paramref name="fault"/>; each fault is used once, in order.</summary>
    /// <param name="pathSuffix">The end of the path, e.g. <c>"createTask"</c> or <c>".png"</c>.</param>
    /// <param name="fault">The fault.</param>
    public void EnqueueFault(string pathSuffix, KieSimulatorFault fault) => _state.Faults.Enqueue(pathSuffix, fault);

    /// <summary>Creates an <see cref="HttpClient"/> over this simulator that does not dispose it (no base address set).</summary>
    /// <returns>The client.</returns>
    public HttpClient CreateHttpClient() => new(this, disposeHandler: false);

    /// <summary>Completes when every callback delivery started so far (retries included) has finished; for handlers that really await.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when no delivery is running.</returns>
    public Task WaitForCallbacksAsync(CancellationToken cancellationToken = default) => _state.Callbacks.WaitForIdleAsync(cancellationToken);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var incoming = await IncomingRequest.ReadAsync(request, BaseUrl, cancellationToken).ConfigureAwait(false);
        _state.Log.Add(incoming, _state.Time.GetUtcNow(), _state.Options.RequestLogCapacity);
        _state.Scheduler.RunDue();

        var fault = _state.Faults.TryTake(incoming.Path);
        if (fault is { Delay.Ticks: > 0 })
        {
            await Task.Delay(fault.Delay, _state.Time, cancellationToken).ConfigureAwait(false);
        }

        if (fault is { AfterProcessing: false } && Replace(fault) is { } early)
        {
            early.RequestMessage = request;
            return early;
        }

        var response = Router.Route(_state, incoming);
        if (fault is { AfterProcessing: true } && Replace(fault) is { } late)
        {
            response.Dispose();
            response = late;
        }

        response.RequestMessage = request;
        return response;
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _state.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The fault's answer: throws its exception, or returns its body, or <see langword="null"/> to answer normally.</summary>
    private static HttpResponseMessage? Replace(KieSimulatorFault fault)
    {
        if (fault.Exception is { } exception)
        {
            throw exception;
        }

        return fault.Body is { } body ? Responses.Text(fault.StatusCode, body, fault.MediaType) : null;
    }
}
