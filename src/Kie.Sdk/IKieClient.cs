using Kie.Sdk.Catalog;

namespace Kie.Sdk;

/// <summary>
/// The KIE.ai Market API: create tasks, read and wait for their status, read credits, upload input files and fetch
/// results. Implemented by <see cref="KieClient"/>; mock this interface in your own tests, or run a real
/// <see cref="KieClient"/> against the offline simulator in the <c>Kie.Sdk.Testing</c> package.
/// </summary>
public interface IKieClient
{
    /// <summary>Creates a Market task (<c>POST /api/v1/jobs/createTask</c>).</summary>
    /// <param name="request">The model, input, and optional callback URL and idempotency key.</param>
    /// <param name="cancellationToken">Stops waiting; a request already sent may still create a task.</param>
    /// <returns>The task id.</returns>
    /// <exception cref="KieValidationException">The input was refused (code 422), or failed the catalog's checks before sending.</exception>
    /// <exception cref="KieInsufficientCreditsException">The account has too few credits.</exception>
    /// <exception cref="KieSubmissionUnknownException">The request went out but no definite answer came back: a task may exist.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<string> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads a task's status (<c>GET /api/v1/jobs/recordInfo</c>). Transient failures are retried.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    /// <exception cref="KieTaskNotFoundException">KIE does not know the task id.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<KieTaskStatus> GetStatusAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls a task until it succeeds or fails, with backoff and jitter, within an overall timeout. Returns the final
    /// status (check <see cref="KieTaskStatus.IsSucceeded"/> or call <see cref="KieTaskStatus.EnsureSucceeded"/>).
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="options">Polling settings; <see langword="null"/> picks <see cref="KieWaitOptions.For"/> the task's model.</param>
    /// <param name="cancellationToken">Stops waiting at once; the task itself is not cancelled.</param>
    /// <returns>The terminal status (success or failure).</returns>
    /// <exception cref="KieWaitTimeoutException">The task did not finish in time; resume with the same id later.</exception>
    /// <exception cref="KieApiException">A non-transient error while reading the status.</exception>
    Task<KieTaskStatus> WaitForCompletionAsync(string taskId, KieWaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a task and waits for it: <see cref="CreateTaskAsync"/> then <see cref="WaitForCompletionAsync"/>.</summary>
    /// <param name="request">The task to create.</param>
    /// <param name="options">Polling settings; <see langword="null"/> picks <see cref="KieWaitOptions.For"/> the model.</param>
    /// <param name="cancellationToken">Stops waiting; the task itself is not cancelled.</param>
    /// <returns>The terminal status.</returns>
    /// <exception cref="KieApiException">Any error of either step.</exception>
    Task<KieTaskStatus> GenerateAsync(CreateTaskRequest request, KieWaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the client how long a finished task of <paramref name="model"/> took (KIE's create → complete time), so
    /// waits for that model place their first poll where such tasks are usually done
    /// (<see cref="KieWaitOptions.LearnedDurationQuantile"/>). The client learns from its own successful waits by
    /// itself; call this to carry what it learned over a restart (from your own records of finished tasks), or to teach
    /// it from tasks it did not wait for.
    /// </summary>
    /// <param name="model">The model id, as sent in <see cref="CreateTaskRequest.Model"/>.</param>
    /// <param name="duration">How long the task took, from KIE's <see cref="KieTaskStatus.CreatedAt"/> to its <see cref="KieTaskStatus.CompletedAt"/>.</param>
    /// <returns>
    /// <see langword="true"/> when the duration was kept; <see langword="false"/> when it is not positive or longer than
    /// six hours (a stuck task says nothing about the model's speed), or the client already tracks 512 models.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="model"/> is null, empty or white space.</exception>
    bool RecordTaskDuration(string model, TimeSpan duration);

    /// <summary>Reads the account's remaining credits (<c>GET /api/v1/chat/credit</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance in credits (may be fractional).</returns>
    /// <exception cref="KieApiException">An API error.</exception>
    Task<decimal> GetCreditsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a temporary (20-minute) download link for a KIE-hosted file (<c>POST /api/v1/common/download-url</c>).</summary>
    /// <param name="fileUrl">A result or upload URL on a KIE host.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The download link.</returns>
    /// <exception cref="KieValidationException">The URL is not KIE-hosted (code 422).</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<Uri> GetDownloadUrlAsync(Uri fileUrl, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a result file for reading. The API key is never sent to the storage host; when the host refuses the
    /// plain link (401, 403, 404, 410) a fresh link is fetched through <see cref="GetDownloadUrlAsync"/> and tried once.
    /// </summary>
    /// <param name="fileUrl">The result URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open download; dispose it when done.</returns>
    /// <exception cref="KieApiException">The file could not be fetched.</exception>
    Task<KieFileDownload> DownloadFileAsync(Uri fileUrl, CancellationToken cancellationToken = default);

    /// <summary>Uploads a file from a stream (streamed multipart, <c>POST /api/file-stream-upload</c>).</summary>
    /// <param name="content">The file's bytes; read once, not buffered.</param>
    /// <param name="fileName">A name whose extension tells the type; a unique suffix is added so no older file is served instead.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The hosted file; pass <see cref="KieUploadedFile.Url"/> into a task's input.</returns>
    /// <exception cref="KieSubmissionUnknownException">The upload went out but no definite answer came back.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<KieUploadedFile> UploadFileAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Has KIE fetch a public URL into its storage (<c>POST /api/file-url-upload</c>).</summary>
    /// <param name="sourceUrl">A public http(s) URL (KIE downloads it within 30 s).</param>
    /// <param name="fileName">The name to store under, or <see langword="null"/> to take it from the URL; a unique suffix is added.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hosted file.</returns>
    /// <exception cref="KieApiException">An API error.</exception>
    Task<KieUploadedFile> UploadFromUrlAsync(Uri sourceUrl, string? fileName = null, CancellationToken cancellationToken = default);

    /// <summary>Uploads base64 data (<c>POST /api/file-base64-upload</c>); checked against <see cref="KieClientOptions.MaxBase64UploadBytes"/> before sending.</summary>
    /// <param name="base64Data">Raw base64 or a <c>data:</c> URL.</param>
    /// <param name="fileName">A name whose extension tells the type; a unique suffix is added.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hosted file.</returns>
    /// <exception cref="ArgumentException">The data is not base64 or is too large.</exception>
    /// <exception cref="KieApiException">An API error.</exception>
    Task<KieUploadedFile> UploadBase64Async(string base64Data, string fileName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the Market models KIE offers (<c>GET /api/v1/models</c>). Model lookups share KIE's budget of one per second
    /// per account: the client queues them to that pace.
    /// </summary>
    /// <param name="query">Filters (task types, provider, text); <see langword="null"/> lists every model.</param>
    /// <param name="cancellationToken">Cancels the call, or the wait for its turn.</param>
    /// <returns>The models; empty when a filter matches none.</returns>
    /// <exception cref="KieRateLimitException">KIE refused the lookup (code 429, even inside HTTP 200) after the retries.</exception>
    /// <exception cref="KieInvalidResponseException">The answer is not a list of models, or an entry has no model id.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<IReadOnlyList<KieMarketModel>> ListModelsAsync(KieModelQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a model's input schema (<c>GET /api/v1/models/{model}/schema</c>); the <c>/</c> in the id stays literal. Queued to the lookup budget.</summary>
    /// <param name="model">The API model id, verbatim (e.g. <c>kling/v2-1-pro</c>).</param>
    /// <param name="cancellationToken">Cancels the call, or the wait for its turn.</param>
    /// <returns>The schema; <see cref="KieModelSchema.IsAvailable"/> is false when KIE has none for the model.</returns>
    /// <exception cref="KieModelNotFoundException">KIE does not know the model (404).</exception>
    /// <exception cref="KieRateLimitException">KIE refused the lookup (code 429) after the retries.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<KieModelSchema> GetModelSchemaAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>Reads a model's price text (<c>GET /api/v1/models/{model}/price</c>). Queued to the lookup budget.</summary>
    /// <param name="model">The API model id, verbatim.</param>
    /// <param name="cancellationToken">Cancels the call, or the wait for its turn.</param>
    /// <returns>KIE's price prose, which may be <see langword="null"/>; no machine-readable price exists.</returns>
    /// <exception cref="KieModelNotFoundException">KIE does not know the model (404).</exception>
    /// <exception cref="KieRateLimitException">KIE refused the lookup (code 429) after the retries.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<KieModelPrice> GetModelPriceAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a model's success rate over the last day (<c>GET /api/v1/models/{model}/success-rate</c>) with a verdict,
    /// so a bot can warn about or hide a degraded model. Queued to the lookup budget.
    /// </summary>
    /// <param name="model">The API model id, verbatim.</param>
    /// <param name="cancellationToken">Cancels the call, or the wait for its turn.</param>
    /// <returns>The buckets and their <see cref="KieModelHealth.Summary"/>.</returns>
    /// <exception cref="KieModelNotFoundException">KIE does not know the model (404).</exception>
    /// <exception cref="KieRateLimitException">KIE refused the lookup (code 429) after the retries.</exception>
    /// <exception cref="KieApiException">Any other API error.</exception>
    Task<KieModelHealth> GetModelHealthAsync(string model, CancellationToken cancellationToken = default);
}
