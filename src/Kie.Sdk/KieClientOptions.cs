namespace Kie.Sdk;

/// <summary>
/// Settings of a <see cref="KieClient"/>. Bound from the configuration section <c>Kie</c> by
/// <c>services.AddKieClient(configuration)</c> and validated at start-up (<see cref="Validate"/>).
/// </summary>
public sealed class KieClientOptions
{
    /// <summary>The configuration section the options bind from: <c>Kie</c>.</summary>
    public const string SectionName = "Kie";

    /// <summary>The default API host, <c>https://api.kie.ai</c>.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.kie.ai");

    /// <summary>The default file upload host, <c>https://kieai.redpandaai.co</c>.</summary>
    public static Uri DefaultUploadBaseUrl { get; } = new("https://kieai.redpandaai.co");

    /// <summary>Your KIE API key (kie.ai/api-key). Required. Sent only to <see cref="BaseUrl"/> and <see cref="UploadBaseUrl"/>; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The API host. Default <see cref="DefaultBaseUrl"/>.</summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The file upload host (same key, different host). Default <see cref="DefaultUploadBaseUrl"/>.</summary>
    public Uri UploadBaseUrl { get; set; } = DefaultUploadBaseUrl;

    /// <summary>
    /// How long one HTTP attempt may take before it is abandoned. Default 100 s. This, not
    /// <see cref="HttpClient.Timeout"/>, bounds each call; waiting for a task is bounded by <see cref="KieWaitOptions.Timeout"/>.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>How long one upload attempt may take (large files on slow links). Default 10 minutes.</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many task creations may start per <see cref="CreateRateLimitWindow"/> (KIE allows 20 per 10 s per account);
    /// extra creations wait their turn. 0 turns the limiter off. Default 20.
    /// </summary>
    public int CreateRateLimit { get; set; } = 20;

    /// <summary>The window of <see cref="CreateRateLimit"/>. Default 10 s.</summary>
    public TimeSpan CreateRateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a safe call is retried after a transient failure (0 = never). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The base delay of the retry backoff (exponential with jitter, capped at 30 s; a Retry-After header wins).
    /// Internal so tests can shorten it; callers rely on the default of 1 s.
    /// </summary>
    internal TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The folder on the upload host that uploads go to (no leading or trailing slash). Default <c>kie-sdk</c>.</summary>
    public string UploadPath { get; set; } = "kie-sdk";

    /// <summary>The largest file <see cref="IKieClient.UploadBase64Async"/> accepts, in bytes after decoding. Default 10 MB (KIE's recommendation).</summary>
    public long MaxBase64UploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The callback URL used when a <see cref="CreateTaskRequest"/> sets none. Optional.</summary>
    public Uri? DefaultCallbackUrl { get; set; }

    /// <summary>
    /// Where idempotency keys and the task ids they produced are kept. Default: in memory, per client. Plug in a
    /// database-backed store so a restarted process does not submit the same work twice. Not bound from configuration.
    /// </summary>
    public IKieIdempotencyStore? IdempotencyStore { get; set; }

    /// <summary>
    /// The model catalog that <see cref="KieClient.CreateTaskAsync"/> checks inputs against before any HTTP call
    /// (e.g. <see cref="Catalog.ModelCatalog.LoadEmbedded"/>). Optional; default none (no checks). When set, a catalogued
    /// API model id with invalid input throws <see cref="KieValidationException"/> listing every problem, a disabled
    /// model is refused the same way, and a model not in the catalog is sent unchecked so new Market models work on day
    /// one. Valid values are sent coerced to their declared types (<c>"1080p"</c> as the declared <c>"1080P"</c>, <c>5</c> as
    /// the enum <c>"5"</c>); parameters you did not set are not added. Not bound from configuration.
    /// </summary>
    public Catalog.ModelCatalog? Catalog { get; set; }

    /// <summary>
    /// The most credits one task may cost, estimated with <see cref="Catalog"/> before any HTTP call; a create over it
    /// throws <see cref="KieBudgetExceededException"/>. Optional (default none); must be positive when set and needs
    /// <see cref="Catalog"/>. A catalogued input with no known price is refused too (its cost cannot be checked); a
    /// model not in the catalog is not checked.
    /// </summary>
    public decimal? MaxCreditsPerTask { get; set; }

    /// <summary>
    /// The most credits this client may submit per UTC day (on its <see cref="TimeProvider"/>), counting the estimates
    /// of tasks actually submitted: a refused create, or one KIE certainly rejected, does not count; one whose outcome
    /// is unknown does. Checked like <see cref="MaxCreditsPerTask"/> and kept per client instance (a restart starts
    /// from zero). Optional (default none); must be positive when set and needs <see cref="Catalog"/>.
    /// </summary>
    public decimal? MaxCreditsPerDay { get; set; }

    /// <summary>Checks the options and returns every problem, each naming its configuration key.</summary>
    /// <returns>The problems; empty when the options are usable.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"{SectionName}:{nameof(ApiKey)} is required (create one at https://kie.ai/api-key).");
        }

        CheckUrl(problems, nameof(BaseUrl), BaseUrl);
        CheckUrl(problems, nameof(UploadBaseUrl), UploadBaseUrl);
        CheckPositive(problems, nameof(AttemptTimeout), AttemptTimeout);
        CheckPositive(problems, nameof(UploadTimeout), UploadTimeout);
        CheckPositive(problems, nameof(CreateRateLimitWindow), CreateRateLimitWindow);
        if (CreateRateLimit < 0)
        {
            problems.Add($"{SectionName}:{nameof(CreateRateLimit)} must be 0 (off) or more; it is {CreateRateLimit}.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add($"{SectionName}:{nameof(MaxRetries)} must be between 0 and 10; it is {MaxRetries}.");
        }

        if (string.IsNullOrWhiteSpace(UploadPath) || UploadPath.StartsWith('/') || UploadPath.EndsWith('/'))
        {
            problems.Add($"{SectionName}:{nameof(UploadPath)} must be a folder name without a leading or trailing '/'; it is '{UploadPath}'.");
        }

        if (MaxBase64UploadBytes <= 0)
        {
            problems.Add($"{SectionName}:{nameof(MaxBase64UploadBytes)} must be positive; it is {MaxBase64UploadBytes}.");
        }

        if (DefaultCallbackUrl is not null)
        {
            CheckUrl(problems, nameof(DefaultCallbackUrl), DefaultCallbackUrl);
        }

        CheckCap(problems, nameof(MaxCreditsPerTask), MaxCreditsPerTask);
        CheckCap(problems, nameof(MaxCreditsPerDay), MaxCreditsPerDay);

        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <exception cref="ArgumentException">The options are not usable; the message lists every problem.</exception>
    internal void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "options");
        }
    }

    private static void CheckUrl(List<string> problems, string name, Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{SectionName}:{name} must be an absolute http(s) URL; it is '{url}'.");
        }
    }

    private void CheckCap(List<string> problems, string name, decimal? cap)
    {
        if (cap is not { } value)
        {
            return;
        }

        if (value <= 0)
        {
            problems.Add($"{SectionName}:{name} must be positive when set; it is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        else if (Catalog is null)
        {
            // Without a catalog no task can be priced, so the cap would silently never apply.
            problems.Add($"{SectionName}:{name} needs KieClientOptions.Catalog (e.g. ModelCatalog.LoadEmbedded()) to price tasks; without it the cap cannot be enforced.");
        }
    }

    private static void CheckPositive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            problems.Add($"{SectionName}:{name} must be positive; it is {value}.");
        }
    }
}
