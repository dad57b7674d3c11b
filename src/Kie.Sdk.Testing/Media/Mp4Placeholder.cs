using System.Buffers.Binary;
using System.Text;

namespace Kie.Sdk.Testing.Media;

/// <summary>
/// Stand-in bytes for a video result: an ISO-BMFF <c>ftyp</c> box (so type sniffers say MP4) and a <c>free</c> box
/// naming the task. Not playable; encoding real video is out of scope for a test double.
/// </summary>
internal static class Mp4Placeholder
{
    public static byte[] Render(string label)
    {
        var text = Encoding.UTF8.GetBytes($"KieSimulator placeholder video: {label}");
        var bytes = new byte[24 + 8 + text.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, 24);
        "ftypisom"u8.CopyTo(span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span[12..], 0x200);
        "isommp41"u8.CopyTo(span[16..]);
        BinaryPrimitives.WriteInt32BigEndian(span[24..], 8 + text.Length);
        "free"u8.CopyTo(span[28..]);
        text.CopyTo(span[32..]);
        return bytes;
    }
}
