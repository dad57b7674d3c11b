using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Kie.Sdk.Diagnostics;
using Kie.Sdk.Http;
using Kie.Sdk.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kie.Sdk;

/// <summary>
/// The KIE.ai Market API client. Sealed and thread-safe: create one per account and share it (or register it with
/// <c>services.AddKieClient(...)</c>). The API key goes only to the API and upload hosts, never into logs, traces or
/// exception messages.
/// </summary>
public sealed partial class KieClient : IKieClient, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient? _ownHttp;
    private readonly bool _ownsHttp;
    private readonly Func<HttpClient>? _httpSource;
    private readonly KieClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly KieClientShared _shared;
    private readonly AuthenticationHeaderValue _authorization;

    /// <summary>
    /// Creates a client with its own <see cref="HttpClient"/> and the SDK's resilience pipeline (retries, attempt
    /// timeouts). Reuse the instance: its rate limiter and idempotency memory live in it.
    /// </summary>
    /// <param name="options">The settings; <see cref="KieClientOptions.ApiKey"/> is required.</param>
    /// <exception cref="ArgumentException">The options are not valid; the message names each key.</exception>
    public KieClient(KieClientOptions options)
        : this(CreateOwnHttpClient(options), options, null, null, ownsHttp: true)
    {
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> you own (it is never disposed by the client). Retries and
    /// attempt timeouts are whatever that client's handlers do; <c>AddKieClient</c> sets up the SDK's.
    /// </summary>
    /// <param name="httpClient">The HTTP client; its <see cref="HttpClient.BaseAddress"/> is not used.</param>
    /// <param name="options">The settings; <see cref="KieClientOptions.ApiKey"/> is required.</param>
    /// <param name="timeProvider">The clock for waits and limits; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where logs go; default none.</param>
    /// <exception cref="ArgumentException">The options are not valid; the message names each key.</exception>
    public KieClient(HttpClient httpClient, KieClientOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(httpClient, options, timeProvider, loggerFactory, ownsHttp: false)
    {
    }

    private KieClient(HttpClient httpClient, KieClientOptions options, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _ownHttp = httpClient;
        _ownsHttp = ownsHttp;
        (_options, _time, _logger, _shared, _authorization) = Initialise(options, timeProvider, loggerFactory, store: null);
    }

    /// <summary>The DI constructor: a fresh <see cref="HttpClient"/> from the factory per request, so handlers rotate as the factory intends while the client itself is a singleton.</summary>
    internal KieClient(Func<HttpClient> httpSource, KieClientOptions options, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, IKieIdempotencyStore? store)
    {
        ArgumentNullException.ThrowIfNull(httpSource);
        _httpSource = httpSource;
        (_options, _time, _logger, _shared, _authorization) = Initialise(options, timeProvider, loggerFactory, store);
    }

    private HttpClient Http => _ownHttp ?? _httpSource!();

    private static (KieClientOptions, TimeProvider, ILogger, KieClientShared, AuthenticationHeaderValue) Initialise(
        KieClientOptions options, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, IKieIdempotencyStore? store)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var time = timeProvider ?? TimeProvider.System;
        return (
            options,
            time,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Kie.Sdk.KieClient"),
            new KieClientShared(options, time, store),
            new AuthenticationHeaderValue("Bearer", options.ApiKey));
    }

    /// <inheritdoc />
    public Task<string> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IdempotencyKey is { } key
            ? _shared.Submitter.RunAsync(key, (progress, token) => SubmitTaskAsync(request, progress, token), taskId => Log.IdempotentReplay(_logger, key, taskId), cancellationToken)
            : SubmitTaskAsync(request, new SubmissionProgress(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<KieTaskStatus> GetStatusAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        using var activity = KieDiagnostics.ActivitySource.StartActivity("kie.get_status", ActivityKind.Client);
        activity?.SetTag("kie.task_id", taskId);
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri($"/api/v1/jobs/recordInfo?taskId={Uri.EscapeDataString(taskId)}"));
        var data = await SendAsync(request, KieRequestKind.Read, "recordInfo", taskId, cancellationToken).ConfigureAwait(false);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new KieInvalidResponseException(new KieErrorDetails(TaskId: taskId), $"KIE recordInfo for task {taskId} answered without a task record ('data' is {data.ValueKind}).");
        }

        var status = KieTaskStatusReader.Read(data, taskId);
        activity?.SetTag("kie.state", status.RawState);
        return status;
    }

    /// <inheritdoc />
    public async Task<decimal> GetCreditsAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri("/api/v1/chat/credit"));
        var data = await SendAsync(request, KieRequestKind.Read, "credit", null, cancellationToken).ConfigureAwait(false);
        return data.ValueKind switch
        {
            JsonValueKind.Number when data.TryGetDecimal(out var credits) => credits,
            JsonValueKind.String when decimal.TryParse(data.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new KieInvalidResponseException(KieErrorDetails.None, $"KIE credit answered without a number ('data' is {data.ValueKind})."),
        };
    }

    /// <inheritdoc />
    public async Task<Uri> GetDownloadUrlAsync(Uri fileUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiUri("/api/v1/common/download-url"))
        {
            Content = JsonContent(new DownloadUrlWire { Url = fileUrl.AbsoluteUri }, KieJsonContext.Default.DownloadUrlWire),
        };
        var data = await SendAsync(request, KieRequestKind.Read, "download-url", null, cancellationToken).ConfigureAwait(false);
        return data.ValueKind == JsonValueKind.String && Uri.TryCreate(data.GetString(), UriKind.Absolute, out var link)
            ? link
            : throw new KieInvalidResponseException(KieErrorDetails.None, $"KIE download-url answered without a URL ('data' is {data.ValueKind}).");
    }

    /// <summary>
    /// Tells this client's waiters that a callback reported a change to a task, so they read its status at once
    /// instead of at their next poll. Call it from your callback endpoint after <see cref="KieCallback.Verify"/>.
    /// </summary>
    /// <param name="taskId">The task the callback is about.</param>
    /// <returns><see langword="true"/> when a wait for the task was woken.</returns>
    public bool NotifyTaskUpdated(string taskId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _shared.Waiters.Notify(taskId);
    }

    /// <summary>Disposes the HTTP client the client created itself (never one passed in) and its rate limiter.</summary>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _ownHttp?.Dispose();
        }

        _shared.Dispose();
    }

    private async Task<string> SubmitTaskAsync(CreateTaskRequest request, SubmissionProgress progress, CancellationToken cancellationToken)
    {
        using var activity = KieDiagnostics.ActivitySource.StartActivity("kie.create_task", ActivityKind.Client);
        activity?.SetTag("kie.model", request.Model);
        // With a catalog set, a catalogued model's input is validated here, before the rate limiter and any HTTP call.
        var checkedInput = Catalog.CatalogGuard.Check(_options.Catalog, request);
        var wire = new CreateTaskWire
        {
            Model = request.Model,
            CallBackUrl = (request.CallbackUrl ?? _options.DefaultCallbackUrl)?.AbsoluteUri,
            Input = checkedInput.Input,
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, ApiUri("/api/v1/jobs/createTask"))
        {
            Content = JsonContent(wire, KieJsonContext.Default.CreateTaskWire),
        };

        // Credit caps are checked (and today's credits reserved) after validation, still before any HTTP call.
        var budget = _shared.Budget.Reserve(_options, request.Model, checkedInput.Validated, _time);
        JsonElement data;
        try
        {
            await _shared.CreateLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            progress.Sent = true;
            data = await SendAsync(message, KieRequestKind.Submit, "createTask", null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _shared.Budget.Settle(budget, error, progress.Sent);
            throw;
        }

        var taskId = data.GetText("taskId") ?? data.GetText("task_id")
            ?? throw new KieSubmissionUnknownException(
                KieErrorDetails.None,
                $"KIE createTask answered success without a task id ('data' is {data.ValueKind}); a task may exist.",
                new KieInvalidResponseException(KieErrorDetails.None, "Missing data.taskId."));
        activity?.SetTag("kie.task_id", taskId);
        KieDiagnostics.TasksCreated.Add(1, new KeyValuePair<string, object?>("kie.model", request.Model));
        Log.TaskCreated(_logger, taskId, request.Model);
        return taskId;
    }

    private Uri ApiUri(string pathAndQuery) => new(_options.BaseUrl, pathAndQuery);

    private static ByteArrayContent JsonContent<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    private static HttpClient CreateOwnHttpClient(KieClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var primary = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        // Attempt timeouts are the pipeline's; HttpClient's own 100 s limit would cut long uploads and name the wrong setting.
        return new HttpClient(KieResilience.CreateHandler(options, TimeProvider.System, primary)) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
