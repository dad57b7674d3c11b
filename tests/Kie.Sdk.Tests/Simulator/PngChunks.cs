using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Kie.Sdk.Tests.Simulator;

/// <summary>Reads PNG chunks and checks their CRCs, with a bit-by-bit CRC independent of the simulator's table.</summary>
internal static class PngChunks
{
    public sealed record Chunk(string Type, byte[] Data, bool CrcMatches);

    public static List<Chunk> Read(byte[] png)
    {
        var chunks = new List<Chunk>();
        var position = 8;
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var typeAndData = png.AsSpan(position + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            chunks.Add(new Chunk(Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray(), Crc(typeAndData) == crc));
            position += 12 + length;
        }

        return chunks;
    }

    public static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}
