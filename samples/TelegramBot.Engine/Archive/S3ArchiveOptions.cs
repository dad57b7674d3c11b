namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// An S3-compatible bucket for the archive (section <c>Bot:Archive:S3</c>): AWS itself, MinIO, Ceph, R2, s3rver….
/// The keys are secrets: they are never logged and never part of an error message.
/// </summary>
public sealed class S3ArchiveOptions
{
    /// <summary>The endpoint of an S3-compatible server (for example <c>http://localhost:9000</c>); empty for AWS (then <see cref="Region"/> picks it).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bucket.</summary>
    public string? Bucket { get; set; }

    /// <summary>The access key id.</summary>
    public string? AccessKey { get; set; }

    /// <summary>The secret access key.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The region requests are signed for (default <c>us-east-1</c>, which S3-compatible servers accept).</summary>
    public string? Region { get; set; }

    /// <summary>Path-style addressing (<c>host/bucket/key</c>), which S3-compatible servers need; default true.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>A prefix for every object key (for example <c>kie-bot/</c>), to share a bucket.</summary>
    public string? Prefix { get; set; }

    /// <summary>Creates the bucket at start-up when it does not exist (default false: buckets are usually provisioned).</summary>
    public bool CreateBucket { get; set; }

    /// <summary>What is wrong with the settings, each problem naming its key.</summary>
    /// <param name="section">The section's path, for the messages.</param>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate(string section)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Bucket))
        {
            problems.Add($"{section}:Bucket is required for S3 storage.");
        }

        if (string.IsNullOrWhiteSpace(AccessKey))
        {
            problems.Add($"{section}:AccessKey is required for S3 storage.");
        }

        if (string.IsNullOrWhiteSpace(SecretKey))
        {
            problems.Add($"{section}:SecretKey is required for S3 storage.");
        }

        if (!string.IsNullOrWhiteSpace(ServiceUrl) &&
            (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add($"{section}:ServiceUrl must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(ServiceUrl) && string.IsNullOrWhiteSpace(Region))
        {
            problems.Add($"{section}:Region is required when {section}:ServiceUrl is not set (AWS S3).");
        }

        if (Prefix is { Length: > 0 } prefix && (prefix.StartsWith('/') || prefix.Contains("..", StringComparison.Ordinal)))
        {
            problems.Add($"{section}:Prefix must not start with '/' or contain '..'.");
        }

        return problems;
    }
}
