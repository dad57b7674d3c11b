using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// The archive in an S3-compatible bucket (AWSSDK.S3): objects under <see cref="S3ArchiveOptions.Prefix"/> plus the key.
/// A PUT is atomic on S3, so an object that exists is complete. Checksums are sent only where S3 requires them, as
/// S3-compatible servers do not all understand the SDK's newer trailing checksums.
/// </summary>
public sealed class S3ResultStore : IResultStore, IDisposable
{
    /// <summary>The name recorded with copies kept here.</summary>
    public const string StoreName = "s3";

    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _prefix;
    private readonly bool _createBucket;
    private readonly SemaphoreSlim _prepare = new(1, 1);
    private volatile bool _prepared;

    /// <summary>Creates the store (validate the options first: see <see cref="S3ArchiveOptions.Validate"/>).</summary>
    /// <param name="options">The bucket's settings.</param>
    public S3ResultStore(S3ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = string.IsNullOrWhiteSpace(options.Region) ? "us-east-1" : options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        _client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
        _bucket = options.Bucket ?? throw new ArgumentException("The bucket is required.", nameof(options));
        _prefix = options.Prefix ?? string.Empty;
        _createBucket = options.CreateBucket;
    }

    /// <inheritdoc />
    public string Name => StoreName;

    /// <inheritdoc />
    public bool AcceptsForwardOnlyContent => false;

    /// <inheritdoc />
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (_prepared || !_createBucket)
        {
            return;
        }

        await _prepare.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_prepared && !await AmazonS3Util.DoesS3BucketExistV2Async(_client, _bucket).ConfigureAwait(false))
            {
                await _client.PutBucketAsync(new PutBucketRequest { BucketName = _bucket }, cancellationToken).ConfigureAwait(false);
            }

            _prepared = true;
        }
        finally
        {
            _prepare.Release();
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string key, Stream content, long length, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var request = new PutObjectRequest
        {
            BucketName = _bucket,
            Key = ObjectKey(key),
            InputStream = content,
            AutoCloseStream = false,
            ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType,
            UseChunkEncoding = false,
        };
        request.Headers.ContentLength = length;
        await _client.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredObject?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        GetObjectResponse response;
        try
        {
            response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = ObjectKey(key) }, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return new StoredObject(new OwningStream(response.ResponseStream, response), response.ContentLength, response.Headers.ContentType);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _prepare.Dispose();
    }

    private string ObjectKey(string key) => ArchiveKeys.IsSafe(key)
        ? _prefix + key
        : throw new ArgumentException("The archive key is not a safe relative path.", nameof(key));
}
