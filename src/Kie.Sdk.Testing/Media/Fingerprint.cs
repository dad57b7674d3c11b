using System.Text;

namespace Kie.Sdk.Testing.Media;

/// <summary>A stable hash of a text (FNV-1a), so the same prompt always renders the same colour or tone across runs.</summary>
internal static class Fingerprint
{
    public static uint Of(string? text, int salt = 0)
    {
        var hash = 2166136261u ^ (uint)salt;
        foreach (var value in Encoding.UTF8.GetBytes(text ?? string.Empty))
        {
            hash = unchecked((hash ^ value) * 16777619u);
        }

        return hash;
    }
}
