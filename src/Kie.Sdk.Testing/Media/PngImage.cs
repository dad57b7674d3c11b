using System.Buffers.Binary;
using System.IO.Compression;

namespace Kie.Sdk.Testing.Media;

/// <summary>
/// Renders a small real PNG (a diagonal gradient whose colours come from a hash), so a bot can show a simulated result
/// as a photo. Encoded by hand: signature, IHDR, one zlib IDAT, IEND.
/// </summary>
internal static class PngImage
{
    public const int Size = 128;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Render(uint hash)
    {
        var (r1, g1, b1) = ColourOf(hash);
        var (r2, g2, b2) = ColourOf(hash * 2654435761u + 1);

        // Each scanline is one filter byte (0 = none) and RGB pixels.
        const int stride = 1 + (Size * 3);
        var pixels = new byte[stride * Size];
        for (var y = 0; y < Size; y++)
        {
            var row = y * stride;
            for (var x = 0; x < Size; x++)
            {
                var t = (x + y) / (2.0 * (Size - 1));
                var at = row + 1 + (x * 3);
                pixels[at] = Mix(r1, r2, t);
                pixels[at + 1] = Mix(g1, g2, t);
                pixels[at + 2] = Mix(b1, b2, t);
            }
        }

        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Size);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], Size);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: truecolour RGB
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR"u8, header);
        WriteChunk(output, "IDAT"u8, Deflate(pixels));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Append(Crc32.Append(0, type), data));
        output.Write(number);
    }

    private static (byte R, byte G, byte B) ColourOf(uint hash) =>
        ((byte)(64 + (hash & 0x7F)), (byte)(64 + ((hash >> 8) & 0x7F)), (byte)(64 + ((hash >> 16) & 0x7F)));

    private static byte Mix(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t));
}
