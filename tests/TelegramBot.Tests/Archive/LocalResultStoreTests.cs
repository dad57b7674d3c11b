using Kie.Samples.TelegramBot.Archive;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>The local folder store: the shared contract, and that a failed write never leaves a file that looks complete.</summary>
public sealed class LocalResultStoreTests : ResultStoreContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kie-bot-tests", "archive-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_write_that_breaks_off_leaves_the_older_copy_and_no_half_file()
    {
        var store = new LocalResultStore(_root);
        await store.PutAsync("ORDER00005/0.png", new MemoryStream([1, 2, 3]), 3, null);

        await Assert.ThrowsAsync<IOException>(() => store.PutAsync("ORDER00005/0.png", new BreakingStream(50_000), 100_000, null));
        await Assert.ThrowsAsync<IOException>(() => store.PutAsync("ORDER00005/1.png", new BreakingStream(50_000), 100_000, null));

        await using var older = await store.OpenAsync("ORDER00005/0.png");
        Assert.Equal(new byte[] { 1, 2, 3 }, await ReadAllAsync(older!.Content));
        Assert.Null(await store.OpenAsync("ORDER00005/1.png"));
        Assert.Equal(["0.png"], Directory.GetFiles(Path.Combine(_root, "ORDER00005")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_stream_shorter_than_announced_is_not_stored()
    {
        var store = new LocalResultStore(_root);

        await Assert.ThrowsAsync<IOException>(() => store.PutAsync("ORDER00006/0.png", new MemoryStream([1, 2]), 3, null));

        Assert.Null(await store.OpenAsync("ORDER00006/0.png"));
    }

    [Fact]
    public void Keys_are_the_order_id_and_index_with_a_plain_extension()
    {
        Assert.Equal("ABC123/0.png", ArchiveKeys.For("ABC123", 0, new Uri("https://tempfile.aiquickdraw.com/s/task_0.PNG?x=1")));
        Assert.Equal("ABC123/2.bin", ArchiveKeys.For("ABC123", 2, new Uri("https://host/file.weird-extension")));
        Assert.Equal("ABC123/1.bin", ArchiveKeys.For("ABC123", 1, new Uri("https://host/no-extension")));
        Assert.Throws<ArgumentException>(() => ArchiveKeys.For("../etc", 0, new Uri("https://host/a.png")));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <inheritdoc />
    protected override async Task<IResultStore?> CreateStoreAsync()
    {
        var store = new LocalResultStore(_root);
        await store.PrepareAsync();
        return store;
    }

    /// <summary>Gives some bytes, then fails like a dropped connection.</summary>
    private sealed class BreakingStream(int breakAfter) : Stream
    {
        private int _given;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_given >= breakAfter)
            {
                throw new IOException("connection reset");
            }

            var n = Math.Min(count, breakAfter - _given);
            Array.Fill(buffer, (byte)9, offset, n);
            _given += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
