using Amazon.S3;
using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Tests.Archive;
using Xunit.Abstractions;

namespace Kie.Samples.TelegramBot.Tests.S3;

/// <summary>The S3 store against a real S3-compatible server (s3rver): the shared store contract, and bucket creation.</summary>
[Collection(S3Collection.Name)]
public sealed class S3ResultStoreTests : ResultStoreContract, IDisposable
{
    private readonly S3TestServer _server;
    private readonly ITestOutputHelper _output;
    private readonly List<S3ResultStore> _stores = [];

    /// <summary>Creates the tests.</summary>
    /// <param name="server">The shared server.</param>
    /// <param name="output">The test's output (skip reasons go there).</param>
    public S3ResultStoreTests(S3TestServer server, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
    }

    [Fact]
    public async Task A_missing_bucket_is_created_only_when_configured_to()
    {
        if (_server.Skip(_output))
        {
            return;
        }

        var bucket = NewBucket();
        var refusing = Track(new S3ResultStore(Options(bucket, createBucket: false)));
        await refusing.PrepareAsync();
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => refusing.PutAsync("ORDER00007/0.png", new MemoryStream([1]), 1, null));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);

        var creating = Track(new S3ResultStore(Options(bucket, createBucket: true)));
        await creating.PrepareAsync();
        await creating.PrepareAsync();
        await creating.PutAsync("ORDER00007/0.png", new MemoryStream([1]), 1, null);
        await using var opened = await refusing.OpenAsync("ORDER00007/0.png");
        Assert.NotNull(opened);
    }

    /// <summary>The options for a bucket on the test server.</summary>
    /// <param name="server">The server.</param>
    /// <param name="bucket">The bucket.</param>
    /// <param name="createBucket">Whether to create it when missing.</param>
    /// <returns>The options.</returns>
    internal static S3ArchiveOptions Options(S3TestServer server, string bucket, bool createBucket) => new()
    {
        ServiceUrl = server.ServiceUrl!.AbsoluteUri,
        Bucket = bucket,
        AccessKey = S3TestServer.AccessKey,
        SecretKey = S3TestServer.SecretKey,
        Prefix = "bot/",
        CreateBucket = createBucket,
    };

    /// <summary>A bucket name no other test uses.</summary>
    /// <returns>The name.</returns>
    internal static string NewBucket() => "kie-" + Guid.NewGuid().ToString("N")[..20];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }
    }

    /// <inheritdoc />
    protected override async Task<IResultStore?> CreateStoreAsync()
    {
        if (_server.Skip(_output))
        {
            return null;
        }

        var store = Track(new S3ResultStore(Options(NewBucket(), createBucket: true)));
        await store.PrepareAsync();
        return store;
    }

    private S3ArchiveOptions Options(string bucket, bool createBucket) => Options(_server, bucket, createBucket);

    private S3ResultStore Track(S3ResultStore store)
    {
        _stores.Add(store);
        return store;
    }
}
