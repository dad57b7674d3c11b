using System.Text;
using Kie.Samples.TelegramBot.Archive;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>What every archive store must do; run against the local folder always and against S3 when a server is up.</summary>
public abstract class ResultStoreContract
{
    /// <summary>A ready store, or null when this store cannot be tested here (the reason is already reported).</summary>
    /// <returns>The store.</returns>
    protected abstract Task<IResultStore?> CreateStoreAsync();

    [Fact]
    public async Task A_stored_file_opens_with_the_same_bytes_and_length()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        await store.PutAsync("ORDER00001/0.png", new MemoryStream(bytes), bytes.Length, "image/png");

        await using var opened = await store.OpenAsync("ORDER00001/0.png");
        Assert.NotNull(opened);
        Assert.Equal(bytes.Length, opened.Length);
        Assert.Equal(bytes, await ReadAllAsync(opened.Content));
    }

    [Fact]
    public async Task A_missing_key_opens_as_null()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        await store.PutAsync("ORDER00002/0.png", new MemoryStream([1, 2, 3]), 3, null);

        Assert.Null(await store.OpenAsync("ORDER00002/1.png"));
        Assert.Null(await store.OpenAsync("NOSUCHORDER/0.png"));
    }

    [Fact]
    public async Task Storing_again_replaces_the_file()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var first = Encoding.UTF8.GetBytes("the first, longer version of the file");
        var second = Encoding.UTF8.GetBytes("second");
        await store.PutAsync("ORDER00003/0.wav", new MemoryStream(first), first.Length, "audio/wav");
        await store.PutAsync("ORDER00003/0.wav", new MemoryStream(second), second.Length, "audio/wav");

        await using var opened = await store.OpenAsync("ORDER00003/0.wav");
        Assert.Equal(second, await ReadAllAsync(opened!.Content));
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("ORDER00004/../../outside.png")]
    [InlineData("/etc/passwd")]
    [InlineData("ORDER00004/.hidden")]
    [InlineData("ORDER00004\\0.png")]
    public async Task A_key_that_could_leave_the_store_is_refused(string key)
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, new MemoryStream([1]), 1, null));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenAsync(key));
    }

    /// <summary>Reads a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>Its bytes.</returns>
    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
