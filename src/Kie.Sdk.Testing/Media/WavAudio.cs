using System.Buffers.Binary;

namespace Kie.Sdk.Testing.Media;

/// <summary>A short valid WAV (PCM 16-bit mono, 8 kHz): a one-second tone whose pitch comes from a hash.</summary>
internal static class WavAudio
{
    private const int SampleRate = 8000;
    private const int Samples = SampleRate;

    public static byte[] Render(uint hash)
    {
        var frequency = 220 + (hash % 440);
        var dataLength = Samples * 2;
        var bytes = new byte[44 + dataLength];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + dataLength);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);            // fmt chunk size
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);             // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);             // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * 2); // byte rate
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);             // block align
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);            // bits per sample
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataLength);
        for (var i = 0; i < Samples; i++)
        {
            // A short fade at both ends avoids clicks.
            var envelope = Math.Min(1.0, Math.Min(i, Samples - i) / 400.0);
            var sample = (short)(Math.Sin(2 * Math.PI * frequency * i / SampleRate) * 8000 * envelope);
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + (i * 2))..], sample);
        }

        return bytes;
    }
}
