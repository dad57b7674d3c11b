using System.Security.Cryptography;
using System.Text;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// The deterministic short key of a value: the first 50 bits of SHA-256 over its kind and text, in lower-case base32
/// (10 ASCII characters). The same value has the same key in every process and after every restart, so buttons sent
/// before a restart still resolve; 50 bits make a collision among a catalog's few hundred values practically impossible
/// (and the store refuses one loudly).
/// </summary>
internal static class CallbackKeyHash
{
    /// <summary>The length of every key.</summary>
    public const int Length = 10;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>Computes the key of a value.</summary>
    /// <param name="kind">What the value is.</param>
    /// <param name="value">The value, verbatim.</param>
    /// <returns>Ten characters of <c>[a-z2-7]</c>.</returns>
    public static string Compute(CallbackKeyKind kind, string value)
    {
        var text = kind.Code() + "\n" + value;
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var buffer = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer, hash);

        // 7 bytes = 56 bits; ten 5-bit groups use the top 50.
        ulong bits = 0;
        for (var index = 0; index < 7; index++)
        {
            bits = (bits << 8) | hash[index];
        }

        return string.Create(Length, bits, static (chars, source) =>
        {
            for (var index = 0; index < chars.Length; index++)
            {
                chars[index] = Alphabet[(int)((source >> (51 - (5 * index))) & 31)];
            }
        });
    }

    /// <summary>Whether a text could be a key at all (length and alphabet), to turn away forged data without a lookup.</summary>
    /// <param name="key">The text from callback data.</param>
    /// <returns>True when it has a key's shape.</returns>
    public static bool HasShape(ReadOnlySpan<char> key)
    {
        if (key.Length != Length)
        {
            return false;
        }

        foreach (var character in key)
        {
            if (!(character is >= 'a' and <= 'z' or >= '2' and <= '7'))
            {
                return false;
            }
        }

        return true;
    }
}
