using System.Security.Cryptography;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// A forward-only read wrapper that hashes (SHA-256) and counts what passes through it and refuses to read past a
/// size limit, so a download can go straight into a store without a spool file.
/// </summary>
internal sealed class HashingReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Wraps a stream.</summary>
    /// <param name="inner">The source (not disposed by this wrapper).</param>
    /// <param name="limit">The most bytes that may be read.</param>
    public HashingReadStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The SHA-256 of everything read, lower-case hex (call once, after the end).</summary>
    /// <returns>The hash.</returns>
    public string HashHex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Counted(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Counted(buffer.Span[..read]);
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        if (BytesRead > _limit)
        {
            throw new ArchiveRejectedException($"The file is larger than {_limit} bytes (Bot:Archive:MaxFileBytes).");
        }

        _hash.AppendData(read);
        return read.Length;
    }
}
